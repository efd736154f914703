package vn.thanhhoa.planmap.term;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thanhhoa.planmap.accuracy.AccuracyClass;
import vn.thanhhoa.planmap.auth.Role;
import vn.thanhhoa.planmap.db.Database;
import vn.thanhhoa.planmap.progress.Progress;
import vn.thanhhoa.planmap.report.AttachmentPolicy;
import vn.thanhhoa.planmap.scan.ScanImage;
import vn.thanhhoa.planmap.support.TestDatabases;

/**
 * Each vocabulary the Java code declares (and /config serves) is exactly what the database's CHECK on its
 * column allows, read back from the migrated schema ({@code pg_get_constraintdef}), so that neither can gain
 * or lose a value alone.
 */
class VocabularyChecksIT {
  private static final Pattern LITERAL = Pattern.compile("'([^']*)'::text");
  private static Database db;

  @BeforeAll
  static void migrate() {
    db = TestDatabases.emptySchema();
    db.migrate();
  }

  @AfterAll
  static void close() {
    db.close();
  }

  static Stream<Arguments> vocabularies() {
    return Stream.of(
        Arguments.of("app_user", "role", Role.accountIds()),
        Arguments.of("progress_report", "status", Progress.reportable()),
        Arguments.of("feature", "accuracy_class", AccuracyClass.ids()),
        Arguments.of("attachment", "content_type", AttachmentPolicy.TYPES),
        Arguments.of("scan", "content_type", ScanImage.TYPES));
  }

  @ParameterizedTest(name = "{0}.{1}")
  @MethodSource("vocabularies")
  void theCheckAllowsExactlyTheDeclaredValues(String table, String column, List<String> declared) throws Exception {
    List<String> allowed = checkedValues(table, column);
    assertTrue(allowed.size() >= 2, table + "." + column + " has a CHECK listing its values: " + allowed);
    assertEquals(declared.stream().sorted().toList(), allowed.stream().sorted().toList(),
        table + "." + column + ": the Java vocabulary against the database's CHECK");
  }

  /** The text literals of the CHECK constraints of a table that name the column. */
  private static List<String> checkedValues(String table, String column) throws Exception {
    String sql = "SELECT pg_get_constraintdef(c.oid) FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid"
        + " JOIN pg_namespace n ON n.oid = t.relnamespace WHERE c.contype = 'c' AND t.relname = ?"
        + " AND n.nspname = current_schema()";
    List<String> values = new ArrayList<>();
    try (Connection c = db.dataSource().getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
      st.setString(1, table);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          String def = rs.getString(1);
          if (def.matches("(?s).*\\(+" + column + "\\b.*ANY.*")) {
            Matcher m = LITERAL.matcher(def);
            while (m.find()) {
              values.add(m.group(1));
            }
          }
        }
      }
    }
    return values;
  }
}
