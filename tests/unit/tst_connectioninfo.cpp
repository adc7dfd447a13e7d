#include "db/connectioninfo.h"

#include <QMap>
#include <QSqlDatabase>
#include <QTest>
#include <libpq-fe.h>

using stockroom::ConnectionInfo;

using Values = QMap<QString, QString>;

// Lets QCOMPARE print keyword maps ("host=h, port=1") instead of "<not printable>".
char *toString(const Values &values)
{
    QStringList pairs;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        pairs << it.key() + QLatin1Char('=') + it.value();
    return QTest::toString(pairs.join(QStringLiteral(", ")));
}

class TestConnectionInfo : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void parse_valid_data();
    void parse_valid();
    void parse_invalid_data();
    void parse_invalid();
    void parse_invalidWithoutErrorOut();
    void describe_data();
    void describe();
    void toConninfo_exactQuoting();
    void toConninfo_applicationName();
    void roundTrip_data();
    void roundTrip();
    void roundTrip_parsedUri();
    void with_overridesAndCopies();
    void applyTo_fields();
    void applyTo_optionsSurviveQpsql_data();
    void applyTo_optionsSurviveQpsql();

private:
    // describe() falls back to the PG* variables; each test starts without them.
    QMap<QByteArray, QByteArray> m_savedEnv;
};

namespace {

const QList<QByteArray> kPgVariables{"PGHOST", "PGHOSTADDR", "PGPORT",   "PGDATABASE",
                                     "PGUSER", "PGPASSWORD", "PGAPPNAME"};

// Every non-empty keyword of a libpq string, read by libpq itself rather than by the class.
Values libpqValues(const QString &conninfo)
{
    char *message = nullptr;
    PQconninfoOption *options = PQconninfoParse(conninfo.toUtf8().constData(), &message);
    Values values;
    if (!options) {
        values.insert(QStringLiteral("<error>"), QString::fromUtf8(message));
        PQfreemem(message);
        return values;
    }
    for (PQconninfoOption *o = options; o->keyword; ++o) {
        if (o->val && *o->val)
            values.insert(QString::fromUtf8(o->keyword), QString::fromUtf8(o->val));
    }
    PQconninfoFree(options);
    return values;
}

} // namespace

void TestConnectionInfo::init()
{
    m_savedEnv.clear();
    for (const QByteArray &name : kPgVariables) {
        if (qEnvironmentVariableIsSet(name.constData()))
            m_savedEnv.insert(name, qgetenv(name.constData()));
        qunsetenv(name.constData());
    }
}

void TestConnectionInfo::cleanup()
{
    for (const QByteArray &name : kPgVariables)
        qunsetenv(name.constData());
    for (auto it = m_savedEnv.cbegin(); it != m_savedEnv.cend(); ++it)
        qputenv(it.key().constData(), it.value());
}

void TestConnectionInfo::parse_valid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Values>("expected");

    QTest::newRow("keywords") << "host=db.example port=5433 dbname=shop user=alice"
                              << Values{{"host", "db.example"},
                                        {"port", "5433"},
                                        {"dbname", "shop"},
                                        {"user", "alice"}};
    QTest::newRow("quoted values with spaces")
        << "host=localhost dbname='my shop' application_name='Stockroom Desktop'"
        << Values{{"host", "localhost"},
                  {"dbname", "my shop"},
                  {"application_name", "Stockroom Desktop"}};
    QTest::newRow("escaped quote and backslash")
        << "password='it\\'s a \\\\ secret' user=bob"
        << Values{{"password", "it's a \\ secret"}, {"user", "bob"}};
    QTest::newRow("spaces around =") << "host = h  port= 1" << Values{{"host", "h"}, {"port", "1"}};
    QTest::newRow("uri with everything") << "postgresql://alice:s3cr%40t@db.example:5433/"
                                            "shop?sslmode=require&application_name=Stock%"
                                            "20room"
                                         << Values{{"user", "alice"},
                                                   {"password", "s3cr@t"},
                                                   {"host", "db.example"},
                                                   {"port", "5433"},
                                                   {"dbname", "shop"},
                                                   {"sslmode", "require"},
                                                   {"application_name", "Stock room"}};
    QTest::newRow("postgres:// scheme")
        << "postgres://h/db" << Values{{"host", "h"}, {"dbname", "db"}};
    QTest::newRow("uri with IPv6 host")
        << "postgresql://[::1]:5432/db"
        << Values{{"host", "::1"}, {"port", "5432"}, {"dbname", "db"}};
    QTest::newRow("uri with percent-encoded socket dir")
        << "postgresql://%2Ftmp%2Fsock/db" << Values{{"host", "/tmp/sock"}, {"dbname", "db"}};
    QTest::newRow("uri with host as query parameter")
        << "postgresql:///db?host=/var/run/postgresql"
        << Values{{"host", "/var/run/postgresql"}, {"dbname", "db"}};
    QTest::newRow("uri with several hosts")
        << "postgresql://h1:1,h2:2/db"
        << Values{{"host", "h1,h2"}, {"port", "1,2"}, {"dbname", "db"}};
    QTest::newRow("empty string means all defaults") << "" << Values{};
    // libpq accepts these when parsing (the failure comes at connect time); so do we.
    QTest::newRow("empty host value") << "host=" << Values{};
    QTest::newRow("uri with port only") << "postgresql://:x" << Values{{"port", "x"}};
}

void TestConnectionInfo::parse_valid()
{
    QFETCH(QString, text);
    QFETCH(Values, expected);

    QString error = QStringLiteral("untouched");
    const std::optional<ConnectionInfo> info = ConnectionInfo::parse(text, &error);
    QVERIFY2(info.has_value(), qPrintable(error));
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(info->value(it.key()), it.value());
    // Nothing beyond what was given: libpq reads back exactly the expected keywords.
    QCOMPARE(libpqValues(info->toConninfo()), expected);
}

void TestConnectionInfo::parse_invalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");

    QTest::newRow("no =") << "nonsense"
                          << "missing \"=\" after \"nonsense\" in connection info string";
    QTest::newRow("trailing keyword without =")
        << "dbname=x host"
        << "missing \"=\" after \"host\" in connection info string";
    QTest::newRow("unknown keyword") << "host=a bogus=1"
                                     << "invalid connection option \"bogus\"";
    QTest::newRow("unterminated quote") << "host='unterminated"
                                        << "unterminated quoted string in connection info string";
    QTest::newRow("uri unknown parameter") << "postgresql://h/db?bogus=1"
                                           << "invalid URI query parameter: \"bogus\"";
    QTest::newRow("uri parameter without =")
        << "postgresql://h/db?x"
        << "missing key/value separator \"=\" in URI query parameter: \"x\"";
    QTest::newRow("uri unclosed IPv6 bracket")
        << "postgresql://[::1"
        << "end of string reached when looking for matching \"]\" in IPv6 host address in URI: "
           "\"postgresql://[::1\"";
    QTest::newRow("uri bad percent-encoding") << "postgresql://u@h%zz/db"
                                              << "invalid percent-encoded token: \"h%zz\"";
}

void TestConnectionInfo::parse_invalid()
{
    QFETCH(QString, text);
    QFETCH(QString, message);

    QString error;
    const std::optional<ConnectionInfo> info = ConnectionInfo::parse(text, &error);
    QVERIFY(!info.has_value());
    // libpq's own words, without its trailing newline.
    QCOMPARE(error, message);
}

void TestConnectionInfo::parse_invalidWithoutErrorOut()
{
    QVERIFY(!ConnectionInfo::parse(QStringLiteral("nonsense"), nullptr).has_value());
    QVERIFY(ConnectionInfo::parse(QStringLiteral("host=h"), nullptr).has_value());
}

void TestConnectionInfo::describe_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Values>("environment");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("password");

    QTest::newRow("keywords") << "host=h port=5 dbname=d user=u password=s3cret" << Values{}
                              << "database \"d\" on h:5 as u"
                              << "s3cret";
    QTest::newRow("uri") << "postgresql://u:s3cret@h/d" << Values{} << "database \"d\" on h as u"
                         << "s3cret";
    QTest::newRow("password only")
        << "password=s3cret" << Values{} << "the default database on the local socket"
        << "s3cret";
    QTest::newRow("falls back to the environment")
        << "password=s3cret"
        << Values{{"PGHOST", "envhost"},
                  {"PGPORT", "6543"},
                  {"PGDATABASE", "envdb"},
                  {"PGUSER", "envuser"},
                  {"PGPASSWORD", "envsecret"}}
        << "database \"envdb\" on envhost:6543 as envuser"
        << "s3cret";
    QTest::newRow("explicit values win over the environment")
        << "host=h dbname=d" << Values{{"PGHOST", "envhost"}, {"PGDATABASE", "envdb"}}
        << "database \"d\" on h"
        << "";
    QTest::newRow("environment password never shown")
        << "host=h" << Values{{"PGPASSWORD", "envsecret"}} << "the default database on h"
        << "envsecret";
    QTest::newRow("password with spaces and quotes")
        << "host=h user=u password='pa ss\\'word'" << Values{} << "the default database on h as u"
        << "pa ss'word";
}

void TestConnectionInfo::describe()
{
    QFETCH(QString, text);
    QFETCH(Values, environment);
    QFETCH(QString, description);
    QFETCH(QString, password);

    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        qputenv(it.key().toLatin1().constData(), it.value().toUtf8());
    QString error;
    const std::optional<ConnectionInfo> info = ConnectionInfo::parse(text, &error);
    QVERIFY2(info.has_value(), qPrintable(error));
    QCOMPARE(info->describe(), description);
    if (!password.isEmpty()) {
        QVERIFY(!info->describe().contains(password));
        QVERIFY(!info->describe().contains(QLatin1String("password")));
    }
}

void TestConnectionInfo::toConninfo_exactQuoting()
{
    const ConnectionInfo info = ConnectionInfo()
                                    .with(QStringLiteral("password"), QStringLiteral("a'b\\c d"))
                                    .with(QStringLiteral("dbname"), QStringLiteral("shop"));
    // Keywords in order, every value quoted, quote and backslash escaped.
    QCOMPARE(info.toConninfo(), QStringLiteral("dbname='shop' password='a\\'b\\\\c d'"));
    QCOMPARE(ConnectionInfo().toConninfo(), QString());
}

void TestConnectionInfo::toConninfo_applicationName()
{
    const ConnectionInfo info =
        ConnectionInfo().with(QStringLiteral("dbname"), QStringLiteral("d"));
    QCOMPARE(libpqValues(info.toConninfo(QStringLiteral("Stockroom Desktop"))),
             (Values{{"dbname", "d"}, {"application_name", "Stockroom Desktop"}}));
    QCOMPARE(libpqValues(info.toConninfo()), (Values{{"dbname", "d"}}));

    // An application_name the user gave is kept, and appears once.
    const ConnectionInfo named =
        info.with(QStringLiteral("application_name"), QStringLiteral("mine"));
    const QString text = named.toConninfo(QStringLiteral("Stockroom Desktop"));
    QCOMPARE(libpqValues(text).value(QStringLiteral("application_name")), QStringLiteral("mine"));
    QCOMPARE(text.count(QLatin1String("application_name=")), 1);
}

void TestConnectionInfo::roundTrip_data()
{
    QTest::addColumn<QString>("keyword");
    QTest::addColumn<QString>("value");

    QTest::newRow("plain") << "dbname"
                           << "shop";
    QTest::newRow("space") << "host"
                           << "/tmp/dir with space";
    QTest::newRow("single quote") << "password"
                                  << "it's";
    QTest::newRow("only a quote") << "password"
                                  << "'";
    QTest::newRow("backslash") << "password"
                               << "back\\slash";
    QTest::newRow("trailing backslash") << "password"
                                        << "trailing\\";
    QTest::newRow("escaped-looking quote") << "password"
                                           << "\\'";
    QTest::newRow("double quotes") << "user"
                                   << "\"quoted\"";
    QTest::newRow("equals signs") << "password"
                                  << "=a=b=";
    QTest::newRow("tab and newline") << "application_name"
                                     << "tab\tnew\nline";
    QTest::newRow("non-ASCII") << "dbname"
                               << "दुकान ₹";
    QTest::newRow("looks like another keyword") << "password"
                                                << "x' host='evil";
}

void TestConnectionInfo::roundTrip()
{
    QFETCH(QString, keyword);
    QFETCH(QString, value);

    const ConnectionInfo info =
        ConnectionInfo().with(QStringLiteral("port"), QStringLiteral("5432")).with(keyword, value);
    QString error;
    const std::optional<ConnectionInfo> back = ConnectionInfo::parse(info.toConninfo(), &error);
    QVERIFY2(back.has_value(), qPrintable(error));
    QCOMPARE(back->value(keyword), value);
    QCOMPARE(back->value(QStringLiteral("port")), QStringLiteral("5432"));
    QCOMPARE(back->toConninfo(), info.toConninfo());
    QCOMPARE(libpqValues(info.toConninfo()), (Values{{"port", "5432"}, {keyword, value}}));
}

void TestConnectionInfo::roundTrip_parsedUri()
{
    QString error;
    const auto info = ConnectionInfo::parse(
        QStringLiteral("postgresql://al%20ice:p%27w%5Cd@h/my%20db?application_name=a%27b"), &error);
    QVERIFY2(info.has_value(), qPrintable(error));
    QCOMPARE(info->value(QStringLiteral("user")), QStringLiteral("al ice"));
    QCOMPARE(info->value(QStringLiteral("password")), QStringLiteral("p'w\\d"));
    const auto back = ConnectionInfo::parse(info->toConninfo(), &error);
    QVERIFY2(back.has_value(), qPrintable(error));
    for (const char *key : {"user", "password", "host", "dbname", "application_name"})
        QCOMPARE(back->value(QLatin1String(key)), info->value(QLatin1String(key)));
    QCOMPARE(back->toConninfo(), info->toConninfo());
}

void TestConnectionInfo::with_overridesAndCopies()
{
    QString error;
    const auto original = ConnectionInfo::parse(QStringLiteral("host=h dbname=a user=u"), &error);
    QVERIFY2(original.has_value(), qPrintable(error));

    const ConnectionInfo changed = original->with(QStringLiteral("dbname"), QStringLiteral("b"))
                                       .with(QStringLiteral("port"), QStringLiteral("6000"));
    QCOMPARE(changed.value(QStringLiteral("dbname")), QStringLiteral("b"));
    QCOMPARE(changed.value(QStringLiteral("port")), QStringLiteral("6000"));
    QCOMPARE(changed.value(QStringLiteral("host")), QStringLiteral("h"));
    QCOMPARE(changed.value(QStringLiteral("user")), QStringLiteral("u"));
    QCOMPARE(libpqValues(changed.toConninfo()),
             (Values{{"host", "h"}, {"dbname", "b"}, {"user", "u"}, {"port", "6000"}}));
    // The original is a value and did not change.
    QCOMPARE(original->value(QStringLiteral("dbname")), QStringLiteral("a"));
    QCOMPARE(original->value(QStringLiteral("port")), QString());
    QCOMPARE(changed.describe(), QStringLiteral("database \"b\" on h:6000 as u"));
}

void TestConnectionInfo::applyTo_fields()
{
    QString error;
    const auto info = ConnectionInfo::parse(
        QStringLiteral("host=db.example port=5433 dbname=shop user=alice password=s3cret "
                       "sslmode=require connect_timeout=5"),
        &error);
    QVERIFY2(info.has_value(), qPrintable(error));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("fields"));
        QVERIFY2(db.isValid(), "the QPSQL driver (libqt6sql6-psql) is missing");
        info->applyTo(db, QStringLiteral("stockroom"));
        QCOMPARE(db.hostName(), QStringLiteral("db.example"));
        QCOMPARE(db.port(), 5433);
        QCOMPARE(db.databaseName(), QStringLiteral("shop"));
        QCOMPARE(db.userName(), QStringLiteral("alice"));
        QCOMPARE(db.password(), QStringLiteral("s3cret"));
        // The rest travel as connect options, read here the way QPSQL hands them to libpq.
        QCOMPARE(libpqValues(db.connectOptions().replace(QLatin1Char(';'), QLatin1Char(' '))),
                 (Values{{"application_name", "stockroom"},
                         {"connect_timeout", "5"},
                         {"sslmode", "require"}}));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fields"));
}

void TestConnectionInfo::applyTo_optionsSurviveQpsql_data()
{
    QTest::addColumn<QString>("keyword");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("applicationName");

    QTest::newRow("simple option") << "sslmode"
                                   << "require"
                                   << "stockroom";
    QTest::newRow("application name with a space") << "sslmode"
                                                   << "prefer"
                                                   << "Stockroom Desktop";
    QTest::newRow("options with spaces") << "options"
                                         << "-c search_path=public"
                                         << "stockroom";
}

// QPSQL builds its libpq string by turning the ';' of connectOptions() into spaces and appending
// the result (Qt 6.4, verified against a live server). Every option must survive that trip.
void TestConnectionInfo::applyTo_optionsSurviveQpsql()
{
    QFETCH(QString, keyword);
    QFETCH(QString, value);
    QFETCH(QString, applicationName);

    const ConnectionInfo info = ConnectionInfo().with(keyword, value);
    QString connectString;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("opts"));
        QVERIFY2(db.isValid(), "the QPSQL driver (libqt6sql6-psql) is missing");
        info.applyTo(db, applicationName);
        connectString = db.connectOptions().replace(QLatin1Char(';'), QLatin1Char(' '));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("opts"));

    QCOMPARE(libpqValues(connectString),
             (Values{{keyword, value}, {"application_name", applicationName}}));
}

QTEST_GUILESS_MAIN(TestConnectionInfo)
#include "tst_connectioninfo.moc"
