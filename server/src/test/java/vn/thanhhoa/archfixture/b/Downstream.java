package vn.thanhhoa.archfixture.b;

import vn.thanhhoa.archfixture.a.Upstream;

/** The other half of the deliberate package cycle of {@code archfixture.a.Upstream}. */
public final class Downstream {
  public Upstream back;
}
