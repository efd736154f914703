package vn.thanhhoa.planmap.search;

import java.util.List;
import vn.thanhhoa.planmap.text.SearchText;

/** Finds features, tasks and agencies by text, ignoring case and diacritics. */
public interface SearchIndex {

  /**
   * @param phrase folded query (see {@link SearchText#fold})
   * @param limit  most hits to return
   * @return hits, best first
   */
  List<SearchHit> search(String phrase, int limit);
}
