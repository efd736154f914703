package vn.thanhhoa.planmap.support;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/** A PostGIS in a container, when a Docker engine answers (none does on planmap's CI machines). */
final class DockerPostgis {
  private DockerPostgis() {}

  static TestPostgis startIfDockerAnswers() {
    boolean docker;
    try {
      docker = DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException | LinkageError e) {
      docker = false;
    }
    if (!docker) {
      return null;
    }
    PostgreSQLContainer<?> pg = new PostgreSQLContainer<>(
        DockerImageName.parse("postgis/postgis:15-3.4").asCompatibleSubstituteFor("postgres"));
    pg.start();
    Runtime.getRuntime().addShutdownHook(new Thread(pg::stop));
    return TestPostgis.of(pg.getJdbcUrl(), pg.getUsername(), pg.getPassword());
  }
}
