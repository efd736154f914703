package vn.thanhhoa.planmap.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.thanhhoa.planmap.term.Term;

/**
 * What a role may do. Each route that changes data (and the account pages) requires one permission through
 * {@link Access#require}; an admin holds every one. {@code /config} serves each permission with the roles that
 * hold it, so that the map offers a signed-in person only what the server will allow.
 */
public enum Permission implements Term {
  /** File progress reports and their attachments, for the tasks of one's agencies. */
  REPORT(Role.REPORTER),
  /** File them for any agency of a task, not only one's own. */
  REPORT_FOR_ANY_AGENCY(),
  /** Accept or reject progress reports. */
  REVIEW(Role.EDITOR),
  /** Edit places, their task links and the tasks' data. */
  EDIT(Role.EDITOR),
  /** Import drawings and files as places. */
  IMPORT(Role.EDITOR),
  /** Upload, georeference, trace over and delete scanned plans. */
  SCANS(Role.EDITOR),
  /** Enter the indicators' actual values. */
  INDICATORS(Role.EDITOR),
  /** Manage accounts and read their history. */
  ACCOUNTS();

  private final List<Role> roles;

  Permission(Role... besidesAdmin) {
    List<Role> r = new ArrayList<>(List.of(besidesAdmin));
    r.add(Role.ADMIN);
    this.roles = List.copyOf(r);
  }

  /** Whether a role holds this permission. */
  public boolean heldBy(Role role) {
    return roles.contains(role);
  }

  /** The wire form: {@code report}, {@code report_for_any_agency}, {@code review}, {@code edit} … */
  @Override
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The roles that hold it, least to most rights (always ending with admin). */
  public List<Role> roles() {
    return roles;
  }
}
