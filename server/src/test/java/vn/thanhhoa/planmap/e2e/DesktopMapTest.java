package vn.thanhhoa.planmap.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * A browser test of the map in a desktop window, without a basemap (this machine is offline: BasemapIT tests the
 * note shown when tiles fail), the window set back to the desktop's size before each test.
 */
abstract class DesktopMapTest extends MapBrowserTest {

  @BeforeAll
  static void startWithoutTiles() {
    startWithoutBasemap();
  }

  @BeforeEach
  void desktopViewport() {
    browser.viewport(null, null);
  }
}
