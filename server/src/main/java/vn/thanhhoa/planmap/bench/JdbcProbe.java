package vn.thanhhoa.planmap.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The cold-start baseline of {@link ColdStartBench}: a JVM that opens one JDBC connection (SCRAM, as the server's)
 * to {@code PLANMAP_DB_URL} as {@code PLANMAP_DB_USER}, asks {@code SELECT 1} and exits: the floor of any Java
 * service that needs its database before it can answer.
 */
public final class JdbcProbe {
  private JdbcProbe() {}

  public static void main(String[] args) throws Exception {
    try (Connection c = DriverManager.getConnection(System.getenv("PLANMAP_DB_URL"), System.getenv("PLANMAP_DB_USER"),
        System.getenv("PLANMAP_DB_PASSWORD")); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT 1")) {
      rs.next();
    }
  }
}
