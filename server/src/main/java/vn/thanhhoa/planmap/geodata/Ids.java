package vn.thanhhoa.planmap.geodata;

import java.util.regex.Pattern;

/** The form of planmap's stable ids: kebab-case ASCII ({@code dai-lo-bac-song-ma}). */
final class Ids {
  private static final Pattern KEBAB = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

  private Ids() {}

  /** Returns the id when well formed; otherwise an error pointing at the element. */
  static String check(Located where, String id) {
    if (!KEBAB.matcher(id).matches()) {
      throw where.error("id must be kebab-case ASCII (a-z, 0-9, -), was: " + id);
    }
    return id;
  }
}
