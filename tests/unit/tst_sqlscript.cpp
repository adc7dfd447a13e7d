#include "db/migrator.h"
#include "db/sqlscript.h"

#include <QStringList>
#include <QTest>

using stockroom::splitSqlScript;
using stockroom::SqlStatement;

class TestSqlScript : public QObject
{
    Q_OBJECT

private slots:
    void split_data();
    void split();
    void lineNumbers_data();
    void lineNumbers();
    void bundledMigrationsSplitWhereExpected();
};

namespace {

QStringList textsOf(const QList<SqlStatement> &statements)
{
    QStringList texts;
    for (const SqlStatement &s : statements)
        texts << s.text;
    return texts;
}

QList<int> linesOf(const QList<SqlStatement> &statements)
{
    QList<int> lines;
    for (const SqlStatement &s : statements)
        lines << s.line;
    return lines;
}

} // namespace

void TestSqlScript::split_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("expected");

    // Plain splitting, empty statements and a last statement without its semicolon.
    QTest::newRow("one statement") << "SELECT 1;" << QStringList{"SELECT 1"};
    QTest::newRow("two statements")
        << "SELECT 1;\nSELECT 2;" << QStringList{"SELECT 1", "SELECT 2"};
    QTest::newRow("trailing statement without semicolon") << "SELECT 1;\n  SELECT 2  \n"
                                                          << QStringList{"SELECT 1", "SELECT 2"};
    QTest::newRow("empty statements are dropped")
        << ";;SELECT 1;;\n;  ;\tSELECT 2;;" << QStringList{"SELECT 1", "SELECT 2"};
    QTest::newRow("empty script") << "" << QStringList{};
    QTest::newRow("whitespace only") << "  \n\t\r\n  " << QStringList{};
    QTest::newRow("semicolons only") << ";\n;;" << QStringList{};

    // Comments: a script of comments yields nothing; comments hide semicolons and quotes.
    QTest::newRow("comment-only script")
        << "-- just a comment; with a semicolon\n/* a block; */\n-- another 'quote\n"
        << QStringList{};
    QTest::newRow("comments between semicolons")
        << "-- a\n;\n/* b */;\n/* c /* nested; */ */\n;" << QStringList{};
    QTest::newRow("leading comments are not part of the statement")
        << "-- header\n/* block */ SELECT 1;" << QStringList{"SELECT 1"};
    QTest::newRow("trailing comment after the last statement") << "SELECT 1;\n-- the end; really\n"
                                                               << QStringList{"SELECT 1"};
    QTest::newRow("line comment hides a semicolon")
        << "SELECT 1 -- not; the end\n+ 2;\nSELECT 3;"
        << QStringList{"SELECT 1 -- not; the end\n+ 2", "SELECT 3"};
    QTest::newRow("line comment hides a quote")
        << "SELECT 1 -- don't\n;SELECT 2;" << QStringList{"SELECT 1 -- don't", "SELECT 2"};
    QTest::newRow("block comment hides a semicolon")
        << "SELECT /* ; */ 1;SELECT 2" << QStringList{"SELECT /* ; */ 1", "SELECT 2"};
    QTest::newRow("nested block comment")
        << "SELECT /* outer /* inner; */ still comment; */ 1;SELECT 2;"
        << QStringList{"SELECT /* outer /* inner; */ still comment; */ 1", "SELECT 2"};
    QTest::newRow("block comment hides quotes and dollars")
        << "SELECT /* it's $$ \" */ 1;SELECT 2;"
        << QStringList{"SELECT /* it's $$ \" */ 1", "SELECT 2"};
    QTest::newRow("minus and slash are operators")
        << "SELECT 5 - 3;SELECT 6 / 2;" << QStringList{"SELECT 5 - 3", "SELECT 6 / 2"};

    // String literals and quoted identifiers.
    QTest::newRow("semicolon in a string")
        << "SELECT 'a;b';SELECT 2;" << QStringList{"SELECT 'a;b'", "SELECT 2"};
    QTest::newRow("doubled quote in a string")
        << "SELECT 'it''s; fine';SELECT 2;" << QStringList{"SELECT 'it''s; fine'", "SELECT 2"};
    QTest::newRow("empty string and a string of a quote")
        << "SELECT '';SELECT ''';';SELECT 3"
        << QStringList{"SELECT ''", "SELECT ''';'", "SELECT 3"};
    QTest::newRow("backslash ends nothing in a standard string")
        << "SELECT 'a\\';SELECT 2;" << QStringList{"SELECT 'a\\'", "SELECT 2"};
    QTest::newRow("comment markers in a string")
        << "SELECT '-- no /* no';SELECT 2;" << QStringList{"SELECT '-- no /* no'", "SELECT 2"};
    QTest::newRow("semicolon in a quoted identifier")
        << "SELECT 1 AS \"a;b\";SELECT 2;" << QStringList{"SELECT 1 AS \"a;b\"", "SELECT 2"};
    QTest::newRow("doubled quote in a quoted identifier")
        << "SELECT 2 AS \"x\"\";y\";SELECT 3;"
        << QStringList{"SELECT 2 AS \"x\"\";y\"", "SELECT 3"};
    QTest::newRow("each quote kind inside the other")
        << "SELECT '\"';SELECT \"'\" FROM t;SELECT 3;"
        << QStringList{"SELECT '\"'", "SELECT \"'\" FROM t", "SELECT 3"};
    QTest::newRow("escaped backslash before the closing quote of an E string")
        << "SELECT E'a\\\\';SELECT 2;" << QStringList{"SELECT E'a\\\\'", "SELECT 2"};
    QTest::newRow("escaped quote in an E string")
        << "SELECT E'it\\'s; here';SELECT 2;" << QStringList{"SELECT E'it\\'s; here'", "SELECT 2"};

    // Dollar quoting.
    QTest::newRow("$$ body with semicolons")
        << "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; SELECT 2; $$;\nSELECT f();"
        << QStringList{"CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; SELECT 2; $$",
                       "SELECT f()"};
    QTest::newRow("$tag$ body holding $$ and another tag")
        << "DO $outer$ BEGIN EXECUTE $$SELECT 1;$$; PERFORM $inner$;$inner$; END $outer$;\nSELECT "
           "2;"
        << QStringList{
               "DO $outer$ BEGIN EXECUTE $$SELECT 1;$$; PERFORM $inner$;$inner$; END $outer$",
               "SELECT 2"};
    QTest::newRow("$$ body holding a $tag$")
        << "DO $$ BEGIN PERFORM $t$ ; $t$; END $$;SELECT 2"
        << QStringList{"DO $$ BEGIN PERFORM $t$ ; $t$; END $$", "SELECT 2"};
    QTest::newRow("dollar body hides quotes and comment openers")
        << "SELECT $q$it's; /* not a comment -- nor this$q$;SELECT 2;"
        << QStringList{"SELECT $q$it's; /* not a comment -- nor this$q$", "SELECT 2"};
    QTest::newRow("a longer tag is a different tag")
        << "SELECT $a$ $ab$; $a$;SELECT 2;" << QStringList{"SELECT $a$ $ab$; $a$", "SELECT 2"};
    QTest::newRow("tag with underscore and digits")
        << "SELECT $body_2$;$body_2$;SELECT 2;"
        << QStringList{"SELECT $body_2$;$body_2$", "SELECT 2"};
    QTest::newRow("positional parameters are not tags")
        << "SELECT $1, $2;SELECT $3;" << QStringList{"SELECT $1, $2", "SELECT $3"};
    QTest::newRow("dollar inside an identifier is not a tag")
        << "SELECT a$b$c FROM t;SELECT 2;" << QStringList{"SELECT a$b$c FROM t", "SELECT 2"};
    QTest::newRow("dollar body in a string is just text")
        << "SELECT '$$';SELECT 2;" << QStringList{"SELECT '$$'", "SELECT 2"};

    // Unterminated constructs run to the end; the server then reports the syntax error.
    QTest::newRow("unterminated string swallows the rest")
        << "SELECT 'oops;\nSELECT 2;" << QStringList{"SELECT 'oops;\nSELECT 2;"};
    QTest::newRow("unterminated dollar body swallows the rest")
        << "DO $$ BEGIN; SELECT 2;" << QStringList{"DO $$ BEGIN; SELECT 2;"};
}

void TestSqlScript::split()
{
    QFETCH(QString, script);
    QFETCH(QStringList, expected);

    // E'…' strings take backslash escapes; the splitter reads \' as the closing quote.
    QCOMPARE(textsOf(splitSqlScript(script)), expected);
}

void TestSqlScript::lineNumbers_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QList<int>>("lines");

    QTest::newRow("first line is 1") << "SELECT 1;" << QList<int>{1};
    QTest::newRow("one per line") << "SELECT 1;\nSELECT 2;\nSELECT 3" << QList<int>{1, 2, 3};
    QTest::newRow("several on one line") << "SELECT 1; SELECT 2;\nSELECT 3;" << QList<int>{1, 1, 2};
    QTest::newRow("blank lines before") << "\n\n  SELECT\n  1;" << QList<int>{3};
    QTest::newRow("line of the first code, not of a leading comment")
        << "-- header\n/* multi\nline */\nSELECT 1;" << QList<int>{4};
    QTest::newRow("comment on the same line") << "/* c */ SELECT 1;" << QList<int>{1};
    QTest::newRow("lines inside a nested comment")
        << "/* a /* b\n */ c\n*/\nSELECT 1;" << QList<int>{4};
    QTest::newRow("lines inside a string") << "SELECT 'a\nb\nc';\nSELECT 2;" << QList<int>{1, 4};
    QTest::newRow("lines inside a quoted identifier")
        << "SELECT 1 AS \"a\nb\";\nSELECT 2;" << QList<int>{1, 3};
    QTest::newRow("lines inside a dollar body")
        << "SELECT 1;\nDO $$\nBEGIN\n  NULL;\nEND\n$$;\nSELECT 'a\nb';\n/* c\nd */ SELECT 3;\n-- "
           "e\nSELECT 4"
        << QList<int>{1, 2, 7, 10, 12};
    QTest::newRow("lines inside a tagged body with nested tags")
        << "DO $o$\n$i$\n;\n$i$\n$o$;\n\nSELECT 2;" << QList<int>{1, 7};
    QTest::newRow("lines inside a line comment mid-statement")
        << "SELECT 1 -- one\n -- two\n;\nSELECT 2;" << QList<int>{1, 4};
    QTest::newRow("CRLF line ends") << "SELECT 1;\r\n\r\nSELECT 2;\r\n" << QList<int>{1, 3};
    QTest::newRow("empty statements do not disturb lines")
        << ";\n;\n;SELECT 1;\n;\nSELECT 2" << QList<int>{3, 5};
}

void TestSqlScript::lineNumbers()
{
    QFETCH(QString, script);
    QFETCH(QList<int>, lines);

    QCOMPARE(linesOf(splitSqlScript(script)), lines);
}

// Every statement of the real migrations must start on the line it claims, with its first line of
// text found there, and no statement may begin with a comment or be empty.
void TestSqlScript::bundledMigrationsSplitWhereExpected()
{
    const QList<stockroom::Migration> migrations = stockroom::Migrator::bundled();
    QVERIFY(!migrations.isEmpty());
    for (const stockroom::Migration &m : migrations) {
        const QStringList fileLines = m.sql.split(QLatin1Char('\n'));
        const QList<SqlStatement> statements = splitSqlScript(m.sql);
        QVERIFY2(!statements.isEmpty(), qPrintable(m.fileName));
        int previousLine = 0;
        for (const SqlStatement &s : statements) {
            const QString where = QStringLiteral("%1:%2").arg(m.fileName).arg(s.line);
            QVERIFY2(!s.text.isEmpty(), qPrintable(where));
            QVERIFY2(!s.text.startsWith(QLatin1String("--")) &&
                         !s.text.startsWith(QLatin1String("/*")),
                     qPrintable(where));
            QVERIFY2(!s.text.endsWith(QLatin1Char(';')), qPrintable(where));
            QVERIFY2(s.line >= previousLine, qPrintable(where));
            QVERIFY2(s.line >= 1 && s.line <= fileLines.size(), qPrintable(where));
            QVERIFY2(fileLines[s.line - 1].contains(s.text.section(QLatin1Char('\n'), 0, 0)),
                     qPrintable(where + QStringLiteral(": ") + s.text.left(60)));
            previousLine = s.line;
        }
    }
}

QTEST_GUILESS_MAIN(TestSqlScript)
#include "tst_sqlscript.moc"
