package vn.thanhhoa.planmap.support;

import com.fasterxml.jackson.databind.JsonNode;

/** The links of an items page as the tests follow them. */
public final class PageLinks {
  private PageLinks() {}

  /** The href of the first link with this relation, null when the page has none. */
  public static String href(JsonNode doc, String rel) {
    for (JsonNode l : doc.path("links")) {
      if (l.path("rel").asText().equals(rel)) {
        return l.path("href").asText();
      }
    }
    return null;
  }

  /** The path and query of an absolute link to a collection's resource. */
  public static String path(String href) {
    return href.substring(href.indexOf("/collections"));
  }
}
