package vn.thanhhoa.planmap.http;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.thanhhoa.planmap.text.PlainText;
import vn.thanhhoa.planmap.text.SearchText;
import vn.thanhhoa.planmap.time.AsOf;
import vn.thanhhoa.planmap.time.IsoDate;
import vn.thanhhoa.planmap.time.Today;

/**
 * The query parameters of one request, read with the rules every endpoint shares: an unknown or
 * repeated parameter, a malformed number, date or list is a {@link BadRequestException} that names the
 * parameter and says what it accepts. Text values are NFC-normalized.
 */
public final class QueryParams {
  /** Longest value accepted for a parameter whose declaration gives no {@code maxLength}, in characters. */
  public static final int MAX_LENGTH = 1000;

  /** The {@code as_of} parameter, read by {@link #asOf}. */
  public static final Parameter AS_OF = Parameter.of("as_of",
      "Show statuses, reports and geometries as they were at the end of this day", Parameter.date(), "2026-01-31");

  private final Map<String, List<String>> params;

  /**
   * @param params   the request's parameters
   * @param declared every parameter the endpoint declares
   * @throws BadRequestException for a parameter not declared, or given twice, or longer than its declaration allows
   *                             ({@link Parameter#maxLength})
   */
  public QueryParams(Map<String, List<String>> params, Parameters declared) {
    this.params = params;
    for (Map.Entry<String, List<String>> e : params.entrySet()) {
      if (!declared.names().contains(e.getKey())) {
        throw new BadRequestException(e.getKey(), "unknown query parameter '" + e.getKey() + "'",
            new TreeSet<>(declared.names()));
      }
      if (e.getValue().size() > 1) {
        throw new BadRequestException(e.getKey(), "parameter '" + e.getKey() + "' is given more than once");
      }
      String v = e.getValue().get(0);
      int maxLength = declared.get(e.getKey()).maxLength();
      if (v.length() > maxLength) {
        throw new BadRequestException(e.getKey(), "parameter '" + e.getKey() + "' is longer than " + maxLength
            + " characters", maxLength);
      }
      if (v.indexOf('\uFFFD') >= 0) {
        throw new BadRequestException(e.getKey(), "parameter '" + e.getKey() + "' is not valid UTF-8 text");
      }
      String problem = PlainText.problem(v, false);
      if (problem != null) {
        throw new BadRequestException(e.getKey(), "parameter '" + e.getKey() + "' " + problem);
      }
    }
  }

  /** The NFC-normalized value, null when absent or empty. */
  public String text(String name) {
    List<String> v = params.get(name);
    if (v == null || v.isEmpty() || v.get(0).isBlank()) {
      return null;
    }
    return SearchText.nfc(v.get(0).strip());
  }

  /** A comma-separated list (empty when absent), each item trimmed, empties dropped. */
  public List<String> list(String name) {
    String v = text(name);
    if (v == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String s : v.split(",")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  /** A comma-separated list whose every item must have the given form ({@code what} says it in words). */
  public List<String> list(String name, java.util.regex.Pattern form, String what) {
    List<String> values = list(name);
    for (String v : values) {
      if (!form.matcher(v).matches()) {
        throw new BadRequestException(name, "'" + name + "' takes " + what + ", comma-separated; was: " + v, what);
      }
    }
    return values;
  }

  /** A comma-separated list whose every item must be one of {@code allowed} (empty when absent). */
  public List<String> list(String name, List<String> allowed) {
    List<String> values = list(name);
    for (String v : values) {
      if (!allowed.contains(v)) {
        throw new BadRequestException(name, "'" + name + "' takes " + String.join(", ", allowed)
            + ", comma-separated; was: " + v, allowed);
      }
    }
    return values;
  }

  /** A whole number in [min, max], or the default when absent. */
  public long integer(String name, long min, long max, long dflt) {
    String v = text(name);
    if (v == null) {
      return dflt;
    }
    long n;
    try {
      n = Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new BadRequestException(name, "'" + name + "' must be a whole number from " + min + " to " + max
          + ", was: " + v, min + ".." + max);
    }
    if (n < min || n > max) {
      throw new BadRequestException(name, "'" + name + "' must be from " + min + " to " + max + ", was: " + n,
          min + ".." + max);
    }
    return n;
  }

  /**
   * A required decimal number in [min, max] (e.g. a longitude in degrees).
   *
   * @throws BadRequestException when absent, not a finite number, or out of range
   */
  public double number(String name, double min, double max) {
    String v = text(name);
    String range = min + ".." + max;
    if (v == null) {
      throw new BadRequestException(name, "'" + name + "' is required: a number from " + min + " to " + max, range);
    }
    double n;
    try {
      n = Double.parseDouble(v);
    } catch (NumberFormatException e) {
      n = Double.NaN;
    }
    if (!Double.isFinite(n) || !v.matches("[-+]?[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?")) {
      throw new BadRequestException(name, "'" + name + "' must be a decimal number, was: " + v, range);
    }
    if (n < min || n > max) {
      throw new BadRequestException(name, "'" + name + "' must be from " + min + " to " + max + ", was: " + v, range);
    }
    return n;
  }

  /** An ISO date (yyyy-mm-dd) from {@link IsoDate#MIN} to {@link IsoDate#MAX}, or null when absent. */
  public LocalDate date(String name) {
    String v = text(name);
    if (v == null) {
      return null;
    }
    return DateField.parse(name, v);
  }

  /**
   * The {@code as_of} view asked for: the end of that day, or the present when absent.
   *
   * @param today the day in Thanh Hóa ({@link Today#in})
   * @throws BadRequestException for a malformed date or a day after today
   */
  public AsOf asOf(LocalDate today) {
    LocalDate day = date("as_of");
    if (day == null) {
      return AsOf.now(today);
    }
    if (day.isAfter(today)) {
      throw new BadRequestException("as_of", "'as_of' must be a past day or today, was: " + day, "yyyy-mm-dd ≤ today");
    }
    return AsOf.endOf(day);
  }

  /** true or false, or null when absent. */
  public Boolean bool(String name) {
    String v = text(name);
    if (v == null) {
      return null;
    }
    return switch (v) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new BadRequestException(name, "'" + name + "' must be true or false, was: " + v,
          List.of("true", "false"));
    };
  }

  /** One of the allowed values, or the default when absent. */
  public String choice(String name, List<String> allowed, String dflt) {
    String v = text(name);
    if (v == null) {
      return dflt;
    }
    if (!allowed.contains(v)) {
      throw new BadRequestException(name, "'" + name + "' must be one of " + allowed + ", was: " + v, allowed);
    }
    return v;
  }

  /**
   * A bounding box {@code minLon,minLat,maxLon,maxLat} in WGS84 degrees, or null when absent. Six numbers
   * ({@code minLon,minLat,minHeight,maxLon,maxLat,maxHeight}) are accepted; the heights are ignored (planmap's
   * geometries are 2D). West greater than east is legal: the box crosses the antimeridian.
   */
  public double[] bbox(String name) {
    double[] b = corners(name, "minLon,minLat,maxLon,maxLat in WGS84 degrees");
    if (b == null) {
      return null;
    }
    String form = "minLon,minLat,maxLon,maxLat in WGS84 degrees";
    if (Math.abs(b[0]) > 180 || Math.abs(b[2]) > 180 || Math.abs(b[1]) > 90 || Math.abs(b[3]) > 90) {
      throw new BadRequestException(name, "'" + name + "' is out of range: longitudes must be within ±180, latitudes"
          + " within ±90, was: " + Arrays.toString(b), form);
    }
    if (b[1] > b[3]) {
      throw new BadRequestException(name, "'" + name + "' has its south edge (" + b[1] + ") above its north edge ("
          + b[3] + ")", form);
    }
    return b;
  }

  /**
   * The two corners of a box of 4 or 6 finite numbers as given ({@code x1,y1,x2,y2}, or
   * {@code x1,y1,z1,x2,y2,z2} with the heights dropped), in the axis order of their CRS, unchecked
   * otherwise; null when absent.
   *
   * @param form the expected form in words, for the problem
   */
  public double[] corners(String name, String form) {
    String v = text(name);
    if (v == null) {
      return null;
    }
    String[] parts = v.split(",", -1);
    if (parts.length != 4 && parts.length != 6) {
      throw new BadRequestException(name, "'" + name + "' needs 4 numbers (" + form + "), or 6 with heights; got "
          + parts.length, form);
    }
    double[] n = new double[parts.length];
    for (int i = 0; i < n.length; i++) {
      try {
        n[i] = Double.parseDouble(parts[i].strip());
      } catch (NumberFormatException e) {
        throw new BadRequestException(name, "'" + name + "' holds a value that is not a number: '" + parts[i] + "'",
            form);
      }
      if (!Double.isFinite(n[i])) {
        throw new BadRequestException(name, "'" + name + "' holds a value that is not finite", form);
      }
    }
    return n.length == 4 ? n : new double[] {n[0], n[1], n[3], n[4]};
  }
}
