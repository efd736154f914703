package vn.thanhhoa.planmap.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thanhhoa.planmap.http.BadRequestException;
import vn.thanhhoa.planmap.http.NotFoundException;

class TileCoordinateTest {
  @ParameterizedTest
  @CsvSource({"0, 0, 0", "14, 7271, 13006", "24, 16777215, 0"})
  void aTileOfWebMercatorQuadIsRead(int z, int y, int x) {
    assertEquals(new TileCoordinate(z, y, x), TileCoordinate.parse("" + z, "" + y, "" + x));
  }

  @ParameterizedTest
  @CsvSource({"x, 0, 0, tileMatrix", "1, -1, 0, tileRow", "1, 0, 1.5, tileCol", "1, 0, 9999999999, tileCol",
      "'', 0, 0, tileMatrix"})
  void aPartThatIsNotAWholeNumberIsABadRequestNamingIt(String z, String y, String x, String parameter) {
    assertEquals(parameter, assertThrows(BadRequestException.class, () -> TileCoordinate.parse(z, y, x)).parameter());
  }

  @ParameterizedTest
  @CsvSource({"25, 0, 0", "0, 1, 0", "2, 0, 4", "2, 4, 0"})
  void aTileOutsideTheTileMatrixSetIsNotFound(String z, String y, String x) {
    assertThrows(NotFoundException.class, () -> TileCoordinate.parse(z, y, x));
  }
}
