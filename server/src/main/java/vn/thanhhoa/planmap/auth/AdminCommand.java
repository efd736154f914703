package vn.thanhhoa.planmap.auth;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.thanhhoa.planmap.Json;
import vn.thanhhoa.planmap.config.AppConfig;
import vn.thanhhoa.planmap.config.Settings;
import vn.thanhhoa.planmap.db.Database;
import vn.thanhhoa.planmap.db.ConstraintFields;
import vn.thanhhoa.planmap.db.ConstraintViolationException;
import vn.thanhhoa.planmap.db.Jdbc;
import vn.thanhhoa.planmap.history.History;

/**
 * {@code ./planmap admin create <username> [--role admin|editor|reporter] [--name "…"] [--agency id]…}:
 * creates an account; the password is asked twice on the terminal, or read from the first line of
 * standard input when there is no terminal. There is no default password.
 */
public final class AdminCommand {
  private AdminCommand() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2 || !args[0].equals("create")) {
      fail("usage: ./planmap admin create <username> [--role admin|editor|reporter] [--name \"Full name\"]"
          + " [--agency <agency id>]…");
    }
    String username = args[1].toLowerCase();
    Role role = Role.ADMIN;
    String name = username;
    List<String> agencies = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      if (i + 1 >= args.length) {
        fail("missing value after " + args[i]);
      }
      switch (args[i]) {
        case "--role" -> role = Role.of(args[++i]);
        case "--name" -> name = args[++i];
        case "--agency" -> agencies.add(args[++i]);
        default -> fail("unknown option " + args[i]);
      }
    }
    String password = password();
    try {
      PasswordHasher.check(password);
    } catch (IllegalArgumentException e) {
      fail(e.getMessage());
    }
    AppConfig config = AppConfig.from(new Settings(System::getenv));
    try (Database db = Database.connect(config)) {
      db.migrate();
      Jdbc jdbc = new Jdbc(db.dataSource());
      AccountStore accounts = new AccountStore(jdbc, new History(jdbc, Json.mapper()));
      AccountStore.Account a = accounts.create(username, name, new PasswordHasher().hash(password), role, agencies,
          User.COMMAND_LINE);
      System.out.println("created " + a.role() + " '" + a.username() + "'" + (agencies.isEmpty() ? ""
          : " for " + agencies));
    } catch (IllegalArgumentException e) {
      fail(e.getMessage());
    } catch (ConstraintViolationException e) {
      fail(ConstraintFields.of(e).field() + ": " + ConstraintFields.of(e).with(e.value()));
    }
  }

  private static String password() throws IOException {
    Console console = System.console();
    if (console != null) {
      char[] a = console.readPassword("password (%s): ", PasswordHasher.RULE);
      char[] b = console.readPassword("again: ");
      if (a == null || b == null || !new String(a).equals(new String(b))) {
        fail("the passwords differ");
      }
      return new String(a);
    }
    String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    if (line == null) {
      fail("no password on standard input");
    }
    return line;
  }

  private static void fail(String message) {
    System.err.println("planmap admin: " + message);
    System.exit(2);
  }
}
