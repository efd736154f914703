package vn.thanhhoa.planmap.auth;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.thanhhoa.planmap.term.Term;

/**
 * What a person may do. A viewer (no account, no login) browses; a reporter reports on the tasks its
 * agencies lead or partner on; an editor edits places, links and task data; an admin manages accounts and
 * may do everything. This enum is the one list of roles: the database's CHECK on {@code app_user.role}
 * (migration V2) holds exactly {@link #accountIds()} (RolesIT reads it back), and {@code /config} serves it to
 * the map.
 */
public enum Role implements Term {
  VIEWER,
  REPORTER,
  EDITOR,
  ADMIN;

  /** The lower-case name stored in the database and shown in the API. */
  @Override
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The role of a name, in any case.
   *
   * @throws IllegalArgumentException when no role has that name
   */
  public static Role of(String id) {
    return Term.of(values(), id.toLowerCase(Locale.ROOT))
        .orElseThrow(() -> new IllegalArgumentException("no role '" + id + "'"));
  }

  /** The role an account may hold (every role but {@link #VIEWER}), if the name (in any case) is one. */
  public static Optional<Role> ofAccount(String id) {
    return Term.of(values(), id.toLowerCase(Locale.ROOT)).filter(r -> r != VIEWER);
  }

  /** The names of the roles an account may hold, least to most rights: reporter, editor, admin. */
  public static List<String> accountIds() {
    return Arrays.stream(values()).filter(r -> r != VIEWER).map(Role::id).toList();
  }
}
