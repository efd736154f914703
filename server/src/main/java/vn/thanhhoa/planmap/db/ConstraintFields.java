package vn.thanhhoa.planmap.db;

import java.util.Map;

/**
 * The one place where the schema's constraints are said in the API's words: the request field at fault
 * and a sentence, never the constraint's, table's or column's name. A constraint missing from the table
 * still gets a plain sentence (and should be added here).
 */
public final class ConstraintFields {
  private ConstraintFields() {}

  /**
   * How a violated constraint reads to a client.
   *
   * @param field    the request field (JSON member, path or query parameter) at fault
   * @param sentence what is wrong, in words; {@code %s} stands for the offending value when it is known
   */
  public record Said(String field, String sentence) {
    /** The sentence with the offending value filled in (or left out when unknown). */
    public String with(String value) {
      return value == null ? sentence.replace(" '%s'", "").replace("%s", "") : sentence.formatted(value);
    }
  }

  private static final Map<String, Said> SAID = Map.ofEntries(
      Map.entry("feature_task_task_code_fkey", new Said("tasks", "unknown task code '%s' (see /tasks)")),
      Map.entry("feature_task_pkey", new Said("tasks", "task '%s' is listed twice")),
      Map.entry("user_agency_agency_id_fkey", new Said("agencies", "unknown agency '%s' (see /agencies)")),
      Map.entry("user_agency_pkey", new Said("agencies", "agency '%s' is listed twice")),
      Map.entry("app_user_username_key", new Said("username", "the username '%s' is taken")),
      Map.entry("app_user_username_check", new Said("username",
          "a username has 3 to 40 characters among a–z, 0–9, '.', '_' and '-'")),
      Map.entry("app_user_role_check", new Said("role", "'role' must be reporter, editor or admin")),
      Map.entry("progress_report_task_code_fkey", new Said("code", "unknown task '%s' (see /tasks)")),
      Map.entry("progress_report_agency_id_fkey", new Said("agency", "unknown agency '%s' (see /agencies)")),
      Map.entry("progress_report_status_check", new Said("status", "not a reportable status")),
      Map.entry("feature_geom_check", new Said("geometry", "the geometry is not valid (self-intersecting or"
          + " degenerate)")),
      Map.entry("feature_kind_check", new Said("kind", "not a kind of this layer")));

  /** How the violation reads to a client. */
  public static Said of(ConstraintViolationException e) {
    Said s = SAID.get(e.constraint());
    if (s != null) {
      return s;
    }
    return e.duplicate()
        ? new Said("body", "this would duplicate something that already exists ('%s')")
        : new Said("body", "the change refers to something that does not exist or breaks a rule of the data ('%s')");
  }
}
