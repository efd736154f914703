package vn.thanhhoa.planmap.history;

/**
 * Who made a change, as the history records it.
 *
 * @param id       the account's id; 0 for no account (the command line)
 * @param username the account's user name, kept in the row so it reads after the account is gone
 */
public record Actor(long id, String username) {}
