package vn.thanhhoa.planmap.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.thanhhoa.planmap.support.Gdal;
import vn.thanhhoa.planmap.support.ServerPerClass;
import vn.thanhhoa.planmap.support.Sql;

/** GDAL's OGC API – Features driver, as QGIS uses it, reads every layer completely. */
class GdalOapifIT extends ServerPerClass {



  @Test
  void ogrinfoListsEveryLayerWithTheDatabasesFeatureCount() {
    String landing = server.url("/");
    List<String> layers = Sql.column(server.database.dataSource(), "SELECT id FROM layer ORDER BY sort_order");
    String listing = Gdal.ogrinfo("-ro", "-q", "OAPIF:" + landing);
    for (String layer : layers) {
      assertTrue(listing.contains(layer), "ogrinfo lists " + layer + ":\n" + listing);
    }
    for (String layer : layers) {
      // a page size smaller than some layers makes GDAL follow the next links, as QGIS does
      String summary = Gdal.ogrinfo("-ro", "-al", "-so", "-oo", "PAGE_SIZE=7", "OAPIF:" + landing, layer);
      long expected = Sql.count(server.database.dataSource(), "SELECT count(*) FROM feature WHERE layer_id = ?",
          layer);
      Matcher m = Pattern.compile("Feature Count: (\\d+)").matcher(summary);
      assertTrue(m.find(), summary);
      assertEquals(expected, Long.parseLong(m.group(1)), layer + ":\n" + summary);
      String all = Gdal.ogrinfo("-ro", "-al", "-oo", "PAGE_SIZE=7", "OAPIF:" + landing, layer);
      Matcher features = Pattern.compile("(?m)^OGRFeature\\(").matcher(all);
      long read = 0;
      while (features.find()) {
        read++;
      }
      assertEquals(expected, read, layer + ": every feature read through paging");
    }
  }
}
