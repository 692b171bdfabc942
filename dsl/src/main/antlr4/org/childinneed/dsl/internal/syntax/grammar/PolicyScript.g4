/*
 * The Child in Need policy language. Total by construction: no loops, no recursion other than
 * parenthesised conditions (whose depth the parser front end bounds), no calls out.
 */
grammar PolicyScript;

/*
 * 'obligation kind x' after a rule is a declaration, not an obligation of that rule: an obligation
 * clause never starts with a bare word, so the parser sees which it is at 'x'.
 */
script      : header (ruleDecl | outOfScope | eventDecl | kindDecl | codeDecl)* EOF ;

/* A policy, or a vocabulary script (declarations only) that policies use. */
header      : POLICY name STRING headerItem*
            | VOCABULARY_WORD name STRING? headerItem*
            ;
headerItem  : VERSION STRING (EFFECTIVE DATE)?                   # versionItem
            | SOURCE name? STRING                              # sourceItem
            | EXTENDS name                                     # extendsItem
            | USES name                                        # usesItem
            ;

ruleDecl    : OVERRIDE? ADVISORY? RULE name STRING? ruleItem* ;
ruleItem    : CLAUSE name (COMMA name)*                        # clauseItem
            | CITE name? STRING                                # citeItem
            | obligation                                       # obligationItem
            | finding                                          # findingItem
            ;

/* 'not expressible KEN-05 "..."': a clause the language cannot express yet (the word is checked to be 'expressible'). */
outOfScope  : (OUT OF SCOPE | NOT word=name) clauses+=name (COMMA clauses+=name)* STRING ;

/* Vocabulary the policy declares: an event type its procedure needs and the national one lacks. */
eventDecl   : EVENT name STRING? attributeDecl* ;
attributeDecl
            : ATTRIBUTE name (name | ROLE) (OF list)? ;
/* 'obligation kind x "..."', 'finding kind x "..."': the second word is checked to be 'kind'. */
kindDecl    : (OBLIGATION | FINDING) name name STRING? ;
/*
 * A code added to an open national list: 'role family-group-coordinator "..."',
 * 'plan element frequency-of-visits "..."' (the word after 'plan' is checked to be 'element').
 */
codeDecl    : ROLE name STRING?                                # roleDecl
            | PLAN name name STRING?                           # planElementDecl
            ;

obligation  : OBLIGATION name obligationClause* ;
obligationClause
            : WHEN patterns (COUNTED FROM countedFrom)?        # whenClause
            | EVERY (duration | window) FROM patterns          # everyClause
            | IF condition                                     # ifClause
            | UNLESS condition                                 # unlessClause
            | DUE deadline                                     # dueClause
            | THEN AT duration                                 # thenAtClause
            | THEN DUE? deadline                               # thenDueClause
            | THEN EVERY (duration | window)                   # thenEveryClause
            | MET BY patterns (SINCE THE LAST pattern)?        # metByClause
            | EXTENDED TO extensionAmount WHEN patterns        # extendedClause
            | WAIVED WHEN patterns                             # waivedClause
            | NO DUE name                                      # noDueClause
            | EVERY name unit FROM patterns                    # everyAttributeClause
            ;

extensionAmount
            : duration                                         # fixedExtension
            | name UP TO duration                              # attributeExtension
            ;

finding     : FINDING name findingClause* ;
findingClause
            : FOR EACH subject                                 # forEachClause
            | IF condition                                     # findingIfClause
            | UNLESS condition                                 # findingUnlessClause
            ;
subject     : PLAN OPEN (LONGER | MORE_WORD) THAN duration          # planLongerSubject
            | PLAN OPEN PAST THE CHILDS ORDINAL BIRTHDAY       # planBirthdaySubject
            | pattern                                          # eventSubject
            ;

deadline    : WITHIN duration                                  # withinDeadline
            | AT ONCE                                          # atOnceDeadline
            | AT duration                                      # atDeadline
            | window                                           # windowDeadline
            | WITHIN name unit                                 # withinAttributeDeadline
            ;
window      : BETWEEN NUMBER unit? AND duration ;
/* 'the later of date and notified': 'date' is the event's own date, any other name a date attribute. */
countedFrom : THE (LATER | EARLIER) OF name AND name | name ;
duration    : NUMBER unit ;
unit        : WORKING (DAY | DAYS)
            | DAY | DAYS | WEEK | WEEKS | MONTH | MONTHS | YEAR | YEARS
            | ID (DAY | DAYS)?
            ;

patterns    : pattern (OR pattern)* ;
pattern     : name (WITH patternFilter (COMMA patternFilter)*)? (REFERRING TO IT)? ;
patternFilter
            : NOT name                                         # negatedFlagFilter
            | filter                                           # plainFilter
            ;
filter      : name NOT? IN list                                # inFilter
            | name (INCLUDE | INCLUDES) list                   # includesFilter
            | name comparison NUMBER                           # compareFilter
            | name NOT? RECORDED                               # recordedFilter
            | name IS NOT? value                               # equalsFilter
            | name NOT? bareValue                              # bareEqualsFilter
            | name                                             # flagFilter
            ;
/*
 * Where a code is expected, a word of the language is a code too ("soft keywords": the
 * closure view `child`). In a list and after `is`, any word but those that start a new item;
 * written bare after the attribute, only the words that can never continue a filter.
 */
value       : name | bareWord | continuingWord ;
bareValue   : name | bareWord ;
bareWord    : POLICY | VERSION | EFFECTIVE | SOURCE | EXTENDS | OF | SCOPE | FROM | TO | UP | EACH | PLAN | OPEN
            | LONGER | THAN | PAST | THE | CHILDS | BIRTHDAY | ONCE | BETWEEN | WITH | IT | LEAST | MOST
            | CHILD | DISABLED | AGED | HAS | A | AN | NO | LAST | SAME | STARTED | WORKING | DAY | DAYS
            | WEEK | WEEKS | MONTH | MONTHS | YEAR | YEARS | ATTRIBUTE
            | ADVISORY | VOCABULARY_WORD | USES
            | LATER | EARLIER | ITS
            ;
continuingWord
            : CLAUSE | CITE | OBLIGATION | FINDING | WHEN | COUNTED | EVERY | IF | UNLESS | DUE | THEN
            | MET | EXTENDED | WAIVED | FOR | MORE_WORD | LESS | WITHIN | AT | AND | OR | NOT | IS | IN
            | INCLUDE | INCLUDES | RECORDED | REFERRING | OVER | UNDER | BEFORE | AFTER | SINCE | ON
            | ROLE
            ;
list        : LBRACKET (value (COMMA value)*)? RBRACKET ;
comparison  : MORE_WORD THAN | LESS THAN | AT LEAST | AT MOST | OVER | UNDER ;

condition   : conjunction (OR conjunction)* ;
conjunction : unary (AND unary)* ;
unary       : NOT? atom ;
atom        : LPAREN condition RPAREN                          # parenCondition
            | CHILD IS NOT? DISABLED                           # childDisabledCondition
            | CHILD AGED comparison NUMBER                     # childAgeCondition
            | PLAN OPEN comparison duration                    # planOpenCondition
            | PLAN HAS filter (COMMA filter)*                  # planHasCondition
            | (A | AN) pattern scope?                          # existsCondition
            | NO pattern scope?                                # noneCondition
            | name WITHIN duration (BEFORE | AFTER) IT         # dateWithinCondition
            | ITS pattern                                      # partnerCondition
            | filter                                           # attributeCondition
            ;
scope       : BEFORE IT                                        # beforeItScope
            | AFTER IT                                         # afterItScope
            | SINCE THE LAST pattern                           # sinceLastScope
            | BEFORE THE LAST pattern                          # beforeLastScope
            | WITHIN duration (BEFORE | AFTER) IT              # withinItScope
            | WITHIN duration (BEFORE | AFTER) THE PLAN STARTED  # withinPlanScope
            | ON THE SAME DAY                                  # sameDayScope
            ;

name        : ID | BY | TO ;

POLICY : 'policy' ;  VERSION : 'version' ;  EFFECTIVE : 'effective' ;  SOURCE : 'source' ;  EXTENDS : 'extends' ;
RULE : 'rule' ;  OVERRIDE : 'override' ;  ADVISORY : 'advisory' ;  CLAUSE : 'clause' ;  CITE : 'cite' ;
OUT : 'out' ;  OF : 'of' ;  SCOPE : 'scope' ;
EVENT : 'event' ;  ATTRIBUTE : 'attribute' ;  ROLE : 'role' ;  VOCABULARY_WORD : 'vocabulary' ;  USES : 'uses' ;
OBLIGATION : 'obligation' ;  FINDING : 'finding' ;
WHEN : 'when' ;  COUNTED : 'counted' ;  FROM : 'from' ;  EVERY : 'every' ;
IF : 'if' ;  UNLESS : 'unless' ;  DUE : 'due' ;  THEN : 'then' ;  MET : 'met' ;  BY : 'by' ;
EXTENDED : 'extended' ;  TO : 'to' ;  UP : 'up' ;  WAIVED : 'waived' ;
FOR : 'for' ;  EACH : 'each' ;  PLAN : 'plan' ;  OPEN : 'open' ;  LONGER : 'longer' ;
THAN : 'than' ;  MORE_WORD : 'more' ;  LESS : 'less' ;  PAST : 'past' ;  THE : 'the' ;
CHILDS : 'child\'s' ;  BIRTHDAY : 'birthday' ;
WITHIN : 'within' ;  AT : 'at' ;  ONCE : 'once' ;  BETWEEN : 'between' ;
AND : 'and' ;  OR : 'or' ;  NOT : 'not' ;  WITH : 'with' ;  IS : 'is' ;  IN : 'in' ;
INCLUDE : 'include' ;  INCLUDES : 'includes' ;  RECORDED : 'recorded' ;
REFERRING : 'referring' ;  IT : 'it' ;  OVER : 'over' ;  UNDER : 'under' ;
LEAST : 'least' ;  MOST : 'most' ;
CHILD : 'child' ;  DISABLED : 'disabled' ;  AGED : 'aged' ;  HAS : 'has' ;
A : 'a' ;  AN : 'an' ;  NO : 'no' ;  BEFORE : 'before' ;  AFTER : 'after' ;  SINCE : 'since' ;
LAST : 'last' ;  ON : 'on' ;  LATER : 'later' ;  EARLIER : 'earlier' ;  ITS : 'its' ;  SAME : 'same' ;  STARTED : 'started' ;
WORKING : 'working' ;  DAY : 'day' ;  DAYS : 'days' ;  WEEK : 'week' ;  WEEKS : 'weeks' ;
MONTH : 'month' ;  MONTHS : 'months' ;  YEAR : 'year' ;  YEARS : 'years' ;

LBRACKET : '[' ;  RBRACKET : ']' ;  LPAREN : '(' ;  RPAREN : ')' ;  COMMA : ',' ;

ORDINAL : [0-9]+ ('st' | 'nd' | 'rd' | 'th') ;
DATE    : [0-9] [0-9] [0-9] [0-9] '-' [0-9] [0-9] '-' [0-9] [0-9] ;
NUMBER  : [0-9]+ ;
ID      : [a-zA-Z] [a-zA-Z0-9_]* ('-' [a-zA-Z0-9_]+)* ;
STRING  : '"' (~["\\\r\n] | '\\' ["\\])* '"' ;
UNTERMINATED_STRING : '"' (~["\\\r\n] | '\\' .)* ;

COMMENT : '#' ~[\r\n]* -> skip ;
WS      : [ \t\r\n\f]+ -> skip ;
UNEXPECTED_CHARACTER : . ;
