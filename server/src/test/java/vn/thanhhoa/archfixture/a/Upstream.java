package vn.thanhhoa.archfixture.a;

import vn.thanhhoa.archfixture.b.Downstream;

/** Half of a deliberate package cycle, so that ArchitectureTest shows its cycle rule can fail. */
public final class Upstream {
  public Downstream next;
}
