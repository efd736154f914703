package vn.thanhhoa.planmap.auth;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.thanhhoa.planmap.db.Jdbc;
import vn.thanhhoa.planmap.history.History;
import vn.thanhhoa.planmap.http.ProblemException;

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
      history.append(tx, "user", username, "created", by.actor(), null,
          Map.of("username", username, "display_name", displayName, "role", role.id(), "agencies", agencies));
      return newId;
    });
    return account(id).orElseThrow();
  }

  /**
   * Changes an account; null leaves a field as it is. A new password, another role or disabling ends the user's
   * sessions, all but {@code keepSession} (the token hash of the session making the change, when users change
   * their own account; null for none).
   *
   * @throws ProblemException 409 when the change would leave no active admin
   * @throws vn.thanhhoa.planmap.db.ConstraintViolationException when an agency is unknown (said as a 400 naming it)
   */
  public Account update(long id, String displayName, Role role, Boolean disabled, String passwordHash,
      List<String> agencies, User by, String keepSession) {
    jdbc.transaction("updating account " + id, tx -> {
      tx.one("auth/lock_accounts", rs -> rs.getObject(1));
      Account before = tx.one("auth/select_users", AccountStore::account, id, id)
          .orElseThrow(() -> new IllegalArgumentException("no account " + id));
      boolean newRole = role != null && !role.id().equals(before.role());
      boolean disabling = Boolean.TRUE.equals(disabled) && !before.disabled();
      boolean activeAdmin = Role.ADMIN.id().equals(before.role()) && !before.disabled();
      if (activeAdmin && (newRole || disabling)
          && tx.one("auth/count_other_active_admins", rs -> rs.getLong(1), id).orElseThrow() == 0) {
        throw ProblemException.conflict("'" + before.username() + "' is the last active admin: make another"
            + " account admin before " + (disabling ? "disabling" : "demoting") + " it",
            Map.of("field", disabling ? "disabled" : "role"));
      }
      tx.update("auth/update_user", displayName, role == null ? null : role.id(), disabled, passwordHash, id);
      if (agencies != null) {
        tx.update("auth/delete_user_agencies", id);
        for (String a : agencies) {
          tx.update("auth/insert_user_agency", id, a);
        }
      }
      if (passwordHash != null || newRole || disabling) {
        tx.update("auth/delete_user_sessions", id, keepSession);
      }
      Account after = tx.one("auth/select_users", AccountStore::account, id, id).orElseThrow();
      history.append(tx, "user", before.username(), passwordHash == null ? "updated" : "updated (password)", by.actor(),
          before, after);
      return after;
    });
    return account(id).orElseThrow();
  }

  /**
   * Records a sign-in attempt as failed before its password is checked, unless the username already has
   * {@code perUser} or the address {@code perAddress} failures within the window. Attempts are counted one
   * after another (advisory locks per address and username, in the database, so also across instances): of
   * any number of parallel guesses at most {@code perUser} are evaluated.
   *
   * @return the attempt's id, to pass to {@link #attemptSucceeded} when the password is right; empty when the
   *     attempt is refused unevaluated
   */
  public Optional<Long> beginAttempt(String username, String remote, java.time.Duration window, int perUser,
      int perAddress) {
    double seconds = window.toSeconds();
    return jdbc.transaction("recording a sign-in attempt", tx -> {
      tx.one("auth/lock_login", rs -> rs.getObject(1), remote, username);
      return tx.one("auth/insert_attempt_if_allowed", rs -> rs.getLong(1), username, remote, username, seconds,
          perUser, remote, seconds, perAddress);
    });
  }

  /** The attempt's password was right: it no longer counts as a failure. */
  public void attemptSucceeded(long attemptId) {
    jdbc.update("recording a successful sign-in", "auth/update_attempt_succeeded", attemptId);
  }

  private static Account account(ResultSet rs) throws SQLException {
    Array agencies = rs.getArray("agencies");
    return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"), rs.getString("role"),
        rs.getBoolean("disabled"), List.of((String[]) agencies.getArray()));
  }
}
