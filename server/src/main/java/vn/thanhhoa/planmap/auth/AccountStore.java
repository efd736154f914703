package vn.thanhhoa.planmap.auth;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.thanhhoa.planmap.db.Jdbc;
import vn.thanhhoa.planmap.history.History;

/** Accounts, their agencies and login attempts, in PostGIS. */
public final class AccountStore {
  private final Jdbc jdbc;
  private final History history;

  public AccountStore(Jdbc jdbc, History history) {
    this.jdbc = jdbc;
    this.history = history;
  }

  /** Credentials of a username: id, bcrypt hash, disabled. */
  public record Credentials(long id, String hash, boolean disabled) {}

  /** An account as admins see it. */
  public record Account(long id, String username, String displayName, String role, boolean disabled,
      List<String> agencies) {

    User user() {
      return new User(id, username, displayName, Role.of(role), agencies);
    }
  }

  public Optional<Credentials> credentials(String username) {
    return jdbc.one("reading credentials", "auth/select_credentials",
        rs -> new Credentials(rs.getLong(1), rs.getString(2), rs.getBoolean(3)), username);
  }

  public Optional<Account> account(long id) {
    return jdbc.one("reading an account", "auth/select_users", AccountStore::account, id, id);
  }

  public List<Account> accounts() {
    return jdbc.list("listing accounts", "auth/select_users", AccountStore::account, null, null);
  }

  /**
   * Creates an account; {@code by} is recorded in the history (the command line uses a system user).
   *
   * @throws vn.thanhhoa.planmap.db.ConstraintViolationException when the username is taken or malformed, or an
   *     agency unknown (the API says which field)
   */
  public Account create(String username, String displayName, String passwordHash, Role role, List<String> agencies,
      User by) {
    long id = jdbc.transaction("creating account " + username, tx -> {
      long newId = tx.one("auth/insert_user", rs -> rs.getLong(1), username, displayName, passwordHash, role.id())
          .orElseThrow();
      for (String a : agencies) {
        tx.update("auth/insert_user_agency", newId, a);
      }
      history.append(tx, "user", username, "created", by, null,
          Map.of("username", username, "display_name", displayName, "role", role.id(), "agencies", agencies));
      return newId;
    });
    return account(id).orElseThrow();
  }

  /** Changes an account; null leaves a field as it is. */
  public Account update(long id, String displayName, Role role, Boolean disabled, String passwordHash,
      List<String> agencies, User by) {
    Account before = account(id).orElseThrow(() -> new IllegalArgumentException("no account " + id));
    jdbc.transaction("updating account " + id, tx -> {
      tx.update("auth/update_user", displayName, role == null ? null : role.id(), disabled, passwordHash, id);
      if (agencies != null) {
        tx.update("auth/delete_user_agencies", id);
        for (String a : agencies) {
          tx.update("auth/insert_user_agency", id, a);
        }
      }
      Account after = tx.one("auth/select_users", AccountStore::account, id, id).orElseThrow();
      history.append(tx, "user", before.username(), passwordHash == null ? "updated" : "updated (password)", by,
          before, after);
      return after;
    });
    return account(id).orElseThrow();
  }

  public void recordAttempt(String username, String remote, boolean success) {
    jdbc.update("recording a login attempt", "auth/insert_login_attempt", username, remote, success);
  }

  /** Failed logins since a moment: for a username, and from an address. */
  public record Failures(long forUser, long fromAddress) {}

  public Failures recentFailures(String username, String remote, java.time.Duration window) {
    return jdbc.one("counting failed logins", "auth/count_recent_failures",
        rs -> new Failures(rs.getLong(1), rs.getLong(2)), username, remote, (double) window.toSeconds()).orElseThrow();
  }

  private static Account account(ResultSet rs) throws SQLException {
    Array agencies = rs.getArray("agencies");
    return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"), rs.getString("role"),
        rs.getBoolean("disabled"), List.of((String[]) agencies.getArray()));
  }
}
