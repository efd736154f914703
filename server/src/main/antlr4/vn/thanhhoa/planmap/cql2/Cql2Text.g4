/*
 * CQL2 text encoding (OGC 21-065r2, Common Query Language), the parts planmap implements: Basic CQL2,
 * Advanced Comparison Operators (LIKE, BETWEEN, IN), Case- and Accent-insensitive Comparison (CASEI,
 * ACCENTI), Basic Spatial Functions with spatial literals (WKT, BBOX), and DATE/TIMESTAMP literals.
 * Written from the standard's BNF (Annex B); rule names follow it. Keywords are case-insensitive.
 */
grammar Cql2Text;

options { caseInsensitive = true; }

cql2Text : booleanExpression EOF ;

booleanExpression : booleanTerm (OR booleanTerm)* ;
booleanTerm : booleanFactor (AND booleanFactor)* ;
booleanFactor : NOT? booleanPrimary ;
booleanPrimary
  : predicate
  | booleanLiteral
  | LEFTPAREN booleanExpression RIGHTPAREN
  ;

predicate
  : comparisonPredicate
  | spatialPredicate
  ;

comparisonPredicate
  : scalarExpression comparisonOperator scalarExpression                                   # binaryComparison
  | scalarExpression NOT? LIKE scalarExpression                                            # isLike
  | scalarExpression NOT? BETWEEN scalarExpression AND scalarExpression                    # isBetween
  | scalarExpression NOT? IN LEFTPAREN scalarExpression (COMMA scalarExpression)* RIGHTPAREN # isInList
  | scalarExpression IS NOT? NULL                                                          # isNull
  ;

comparisonOperator : EQ | NEQ | LT | GT | LTEQ | GTEQ ;

spatialPredicate : SPATIAL_FUNCTION LEFTPAREN geomExpression COMMA geomExpression RIGHTPAREN ;

geomExpression
  : GEOMETRY_LITERAL                                                                       # wkt
  | BBOX LEFTPAREN signedNumber COMMA signedNumber COMMA signedNumber COMMA signedNumber
      (COMMA signedNumber COMMA signedNumber)? RIGHTPAREN                                  # bbox
  | propertyName                                                                           # geomProperty
  ;

scalarExpression
  : CASEI LEFTPAREN scalarExpression RIGHTPAREN                                             # casei
  | ACCENTI LEFTPAREN scalarExpression RIGHTPAREN                                           # accenti
  | DATE LEFTPAREN CHARACTER_LITERAL RIGHTPAREN                                            # dateInstant
  | TIMESTAMP LEFTPAREN CHARACTER_LITERAL RIGHTPAREN                                       # timestampInstant
  | CHARACTER_LITERAL                                                                      # characterLiteral
  | signedNumber                                                                           # numericLiteral
  | booleanLiteral                                                                         # booleanValue
  | propertyName                                                                           # property
  ;

signedNumber : (PLUS | MINUS)? NUMBER ;
booleanLiteral : TRUE | FALSE ;
propertyName : IDENTIFIER | QUOTED_IDENTIFIER ;

// ---------------------------------------------------------------- lexer
AND : 'AND' ;
OR : 'OR' ;
NOT : 'NOT' ;
LIKE : 'LIKE' ;
BETWEEN : 'BETWEEN' ;
IN : 'IN' ;
IS : 'IS' ;
NULL : 'NULL' ;
TRUE : 'TRUE' ;
FALSE : 'FALSE' ;
CASEI : 'CASEI' ;
ACCENTI : 'ACCENTI' ;
DATE : 'DATE' ;
TIMESTAMP : 'TIMESTAMP' ;
BBOX : 'BBOX' ;
SPATIAL_FUNCTION
  : 'S_INTERSECTS' | 'S_EQUALS' | 'S_DISJOINT' | 'S_TOUCHES' | 'S_WITHIN' | 'S_OVERLAPS' | 'S_CROSSES'
  | 'S_CONTAINS'
  ;

// A WKT geometry, kept whole (JTS reads it): the type, an optional Z, balanced parentheses.
GEOMETRY_LITERAL
  : ('POINT' | 'LINESTRING' | 'POLYGON' | 'MULTIPOINT' | 'MULTILINESTRING' | 'MULTIPOLYGON'
    | 'GEOMETRYCOLLECTION') [ \t\r\n]* ('Z' [ \t\r\n]*)? BALANCED
  ;
fragment BALANCED : '(' (~[()] | BALANCED)* ')' ;

EQ : '=' ;
NEQ : '<>' ;
LTEQ : '<=' ;
GTEQ : '>=' ;
LT : '<' ;
GT : '>' ;
LEFTPAREN : '(' ;
RIGHTPAREN : ')' ;
COMMA : ',' ;
PLUS : '+' ;
MINUS : '-' ;

NUMBER : DIGIT+ ('.' DIGIT*)? EXPONENT? | '.' DIGIT+ EXPONENT? ;
fragment DIGIT : [0-9] ;
fragment EXPONENT : 'E' [+-]? DIGIT+ ;

// 'text' with '' for a quote inside
CHARACTER_LITERAL : '\'' (~'\'' | '\'\'')* '\'' ;

IDENTIFIER : [\p{L}_] [\p{L}\p{N}_.:]* ;
QUOTED_IDENTIFIER : '"' (~'"')+ '"' ;

WS : [ \t\r\n]+ -> skip ;
