package vn.thanhhoa.planmap.auth;

import java.util.List;
import vn.thanhhoa.planmap.history.Actor;

/**
 * A signed-in person.
 *
 * @param agencies ids of the agencies the person reports for (reporters)
 */
public record User(long id, String username, String displayName, Role role, List<String> agencies) {

  /** Who acts for the command line ({@code ./planmap admin …}); id 0 is no account. */
  public static final User COMMAND_LINE = new User(0, "command-line", "planmap admin", Role.ADMIN, List.of());

  /** The person as the history records a change. */
  public Actor actor() {
    return new Actor(id, username);
  }

  public boolean is(Role... roles) {
    for (Role r : roles) {
      if (role == r) {
        return true;
      }
    }
    return false;
  }
}
