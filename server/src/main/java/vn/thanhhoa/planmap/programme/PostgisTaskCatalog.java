package vn.thanhhoa.planmap.programme;

import java.util.List;
import vn.thanhhoa.planmap.db.Jdbc;

/** {@link TaskCatalog} over PostGIS. */
public final class PostgisTaskCatalog implements TaskCatalog {
  private final Jdbc jdbc;

  public PostgisTaskCatalog(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<String> tasks(TaskFilter f) {
    return jdbc.list("reading tasks", "programme/select_tasks", rs -> rs.getString(1),
        f.asOf().day(), f.asOf().instant(), f.code(), texts(f.sections()), texts(f.leads()), f.dueBefore(),
        f.dueAfter(), texts(f.timeliness()), f.ongoing(), texts(f.words()));
  }

  @Override
  public List<String> sections() {
    return jdbc.list("reading sections", "programme/select_sections", rs -> rs.getString(1));
  }

  @Override
  public List<String> agencies() {
    return jdbc.list("reading agencies", "programme/select_agencies", rs -> rs.getString(1));
  }

  @Override
  public List<String> indicators() {
    return jdbc.list("reading indicators", "programme/select_indicators", rs -> rs.getString(1));
  }

  /** A text[] parameter, or NULL (no filter) when empty. */
  private static String[] texts(List<String> values) {
    return values.isEmpty() ? null : values.toArray(new String[0]);
  }
}
