package vn.thanhhoa.planmap.http;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The query parameters an endpoint declares, in the order its documentation lists them: what {@link QueryParams}
 * accepts and what the OpenAPI document says. An endpoint that takes none declares {@link #NONE}.
 */
public final class Parameters {
  /** No parameter at all: any is refused. */
  public static final Parameters NONE = new Parameters(List.of());

  private final Map<String, Parameter> byName = new LinkedHashMap<>();

  private Parameters(List<Parameter> parameters) {
    for (Parameter p : parameters) {
      if (byName.put(p.name(), p) != null) {
        throw new IllegalArgumentException("parameter '" + p.name() + "' is declared twice");
      }
    }
  }

  public static Parameters of(Parameter... parameters) {
    return new Parameters(Arrays.asList(parameters));
  }

  /** These parameters followed by others (a name declared in both is a programming error). */
  public Parameters with(Parameters more) {
    List<Parameter> all = new ArrayList<>(byName.values());
    all.addAll(more.list());
    return new Parameters(all);
  }

  /** These parameters followed by others. */
  public Parameters with(Parameter... more) {
    return with(of(more));
  }

  /** These parameters but the named ones. */
  public Parameters without(String... names) {
    Set<String> gone = Set.of(names);
    return new Parameters(byName.values().stream().filter(p -> !gone.contains(p.name())).toList());
  }

  /** The declaration of a name. */
  public Parameter get(String name) {
    Parameter p = byName.get(name);
    if (p == null) {
      throw new IllegalArgumentException("no parameter '" + name + "' is declared");
    }
    return p;
  }

  /** The declared names. */
  public Set<String> names() {
    return byName.keySet();
  }

  /** The declarations, in order. */
  public List<Parameter> list() {
    return List.copyOf(byName.values());
  }

  /** The OpenAPI Parameter Objects, in order. */
  public List<Map<String, Object>> openApi() {
    return byName.values().stream().map(Parameter::openApi).toList();
  }
}
