package vn.thanhhoa.planmap.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.thanhhoa.planmap.support.TestServer;

class MigrationFilesTest {
  /** The fingerprint covers every file of the checkout's migrations/, by name and content (so a new one changes it). */
  @Test
  void theFingerprintIsOfEveryMigrationFileByNameAndBytes() throws Exception {
    Path dir = TestServer.GEODATA.resolveSibling("migrations");
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.sorted().toList();
    }
    for (Path f : files) {
      sha.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(Files.readAllBytes(f));
    }
    assertEquals(HexFormat.of().formatHex(sha.digest()), MigrationFiles.sha256());
  }
}
