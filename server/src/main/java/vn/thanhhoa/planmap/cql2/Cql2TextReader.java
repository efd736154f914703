package vn.thanhhoa.planmap.cql2;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import vn.thanhhoa.planmap.cql2.Cql2TextParser.*;

/**
 * Reads the CQL2 text encoding with the ANTLR parser generated from {@code Cql2Text.g4} into an {@link Expr}.
 * Any syntax error, bad literal or unknown function is a {@link Cql2Exception} naming the line and column.
 */
public final class Cql2TextReader extends Cql2TextBaseVisitor<Object> {
  private static final GeometryFactory GEOMETRIES = new GeometryFactory();

  private Cql2TextReader() {}

  /** The expression a CQL2 text filter says. */
  public static Expr read(String text) {
    BaseErrorListener fail = new BaseErrorListener() {
      @Override
      public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int column, String msg,
          RecognitionException e) {
        throw new Cql2Exception("line " + line + ", column " + (column + 1), "CQL2 text: " + msg);
      }
    };
    Cql2TextLexer lexer = new Cql2TextLexer(CharStreams.fromString(text));
    lexer.removeErrorListeners();
    lexer.addErrorListener(fail);
    Cql2TextParser parser = new Cql2TextParser(new CommonTokenStream(lexer));
    parser.removeErrorListeners();
    parser.addErrorListener(fail);
    return (Expr) new Cql2TextReader().visit(parser.cql2Text());
  }

  @Override
  public Object visitCql2Text(Cql2TextContext ctx) {
    return visit(ctx.booleanExpression());
  }

  @Override
  public Object visitBooleanExpression(BooleanExpressionContext ctx) {
    return logical("or", ctx.booleanTerm());
  }

  @Override
  public Object visitBooleanTerm(BooleanTermContext ctx) {
    return logical("and", ctx.booleanFactor());
  }

  private Expr logical(String op, List<? extends ParserRuleContext> parts) {
    if (parts.size() == 1) {
      return (Expr) visit(parts.get(0));
    }
    List<Expr> args = new ArrayList<>();
    parts.forEach(p -> args.add((Expr) visit(p)));
    return new Expr.Logical(op, args);
  }

  @Override
  public Object visitBooleanFactor(BooleanFactorContext ctx) {
    Expr e = (Expr) visit(ctx.booleanPrimary());
    return ctx.NOT() == null ? e : new Expr.Not(e);
  }

  @Override
  public Object visitBooleanPrimary(BooleanPrimaryContext ctx) {
    if (ctx.booleanLiteral() != null) {
      return new Expr.Constant(ctx.booleanLiteral().TRUE() != null);
    }
    return visit(ctx.predicate() != null ? ctx.predicate() : ctx.booleanExpression());
  }

  @Override
  public Object visitBinaryComparison(BinaryComparisonContext ctx) {
    return new Expr.Compare(ctx.comparisonOperator().getText(), operand(ctx.scalarExpression(0)),
        operand(ctx.scalarExpression(1)));
  }

  @Override
  public Object visitIsLike(IsLikeContext ctx) {
    return negated(ctx.NOT(), new Expr.Like(operand(ctx.scalarExpression(0)), operand(ctx.scalarExpression(1))));
  }

  @Override
  public Object visitIsBetween(IsBetweenContext ctx) {
    return negated(ctx.NOT(), new Expr.Between(operand(ctx.scalarExpression(0)), operand(ctx.scalarExpression(1)),
        operand(ctx.scalarExpression(2))));
  }

  @Override
  public Object visitIsInList(IsInListContext ctx) {
    List<Operand> list = new ArrayList<>();
    for (int i = 1; i < ctx.scalarExpression().size(); i++) {
      list.add(operand(ctx.scalarExpression(i)));
    }
    return negated(ctx.NOT(), new Expr.In(operand(ctx.scalarExpression(0)), list));
  }

  @Override
  public Object visitIsNull(IsNullContext ctx) {
    return negated(ctx.NOT(), new Expr.IsNull(operand(ctx.scalarExpression())));
  }

  @Override
  public Object visitSpatialPredicate(SpatialPredicateContext ctx) {
    return new Expr.Spatial(ctx.SPATIAL_FUNCTION().getText().toLowerCase(Locale.ROOT),
        (Operand) visit(ctx.geomExpression(0)), (Operand) visit(ctx.geomExpression(1)));
  }

  @Override
  public Object visitWkt(WktContext ctx) {
    try {
      return new Operand.GeometryLiteral(new WKTReader(GEOMETRIES).read(ctx.getText()));
    } catch (ParseException | IllegalArgumentException e) {
      throw new Cql2Exception(at(ctx.getStart()), "CQL2 text: not a WKT geometry: " + e.getMessage());
    }
  }

  @Override
  public Object visitBbox(BboxContext ctx) {
    List<SignedNumberContext> n = ctx.signedNumber();
    double[] v = new double[n.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = number(n.get(i));
    }
    double[] b = v.length == 4 ? v : new double[] {v[0], v[1], v[3], v[4]};
    return new Operand.GeometryLiteral(GEOMETRIES.toGeometry(new Envelope(b[0], b[2], b[1], b[3])));
  }

  @Override
  public Object visitGeomProperty(GeomPropertyContext ctx) {
    return property(ctx.propertyName());
  }

  @Override
  public Object visitCasei(CaseiContext ctx) {
    return new Operand.Function("casei", operand(ctx.scalarExpression()));
  }

  @Override
  public Object visitAccenti(AccentiContext ctx) {
    return new Operand.Function("accenti", operand(ctx.scalarExpression()));
  }

  @Override
  public Object visitDateInstant(DateInstantContext ctx) {
    String s = text(ctx.CHARACTER_LITERAL().getSymbol());
    try {
      return new Operand.Literal(LocalDate.parse(s));
    } catch (DateTimeParseException e) {
      throw new Cql2Exception(at(ctx.getStart()), "CQL2 text: DATE needs yyyy-mm-dd, was '" + s + "'");
    }
  }

  @Override
  public Object visitTimestampInstant(TimestampInstantContext ctx) {
    String s = text(ctx.CHARACTER_LITERAL().getSymbol());
    try {
      return new Operand.Literal(Instant.parse(s));
    } catch (DateTimeParseException e) {
      throw new Cql2Exception(at(ctx.getStart()), "CQL2 text: TIMESTAMP needs an RFC 3339 UTC instant such as"
          + " 2023-03-31T00:00:00Z, was '" + s + "'");
    }
  }

  @Override
  public Object visitCharacterLiteral(CharacterLiteralContext ctx) {
    return new Operand.Literal(text(ctx.CHARACTER_LITERAL().getSymbol()));
  }

  @Override
  public Object visitNumericLiteral(NumericLiteralContext ctx) {
    return new Operand.Literal(number(ctx.signedNumber()));
  }

  @Override
  public Object visitBooleanValue(BooleanValueContext ctx) {
    return new Operand.Literal(ctx.booleanLiteral().TRUE() != null);
  }

  @Override
  public Object visitProperty(PropertyContext ctx) {
    return property(ctx.propertyName());
  }

  private Operand operand(ScalarExpressionContext ctx) {
    return (Operand) visit(ctx);
  }

  private static Operand property(PropertyNameContext ctx) {
    String name = ctx.getText();
    if (ctx.QUOTED_IDENTIFIER() != null) {
      name = name.substring(1, name.length() - 1);
    }
    return new Operand.Property(name);
  }

  private static Expr negated(org.antlr.v4.runtime.tree.TerminalNode not, Expr e) {
    return not == null ? e : new Expr.Not(e);
  }

  private static double number(SignedNumberContext ctx) {
    double v = Double.parseDouble(ctx.NUMBER().getText());
    return ctx.MINUS() != null ? -v : v;
  }

  private static String text(Token literal) {
    String s = literal.getText();
    return s.substring(1, s.length() - 1).replace("''", "'");
  }

  private static String at(Token t) {
    return "line " + t.getLine() + ", column " + (t.getCharPositionInLine() + 1);
  }
}
