// The RFC 4180 reader and writer the catalog import and export use: quoting, doubled quotes,
// commas and line breaks inside fields, CRLF or LF, a byte-order mark, physical line numbers, and
// malformed records reported without stopping the reading.
#include "import/csvreader.h"
#include "import/csvwriter.h"

#include <QBuffer>
#include <QtTest>

using namespace stockroom;

namespace {

struct Read
{
    QList<QStringList> records;
    QList<qint64> lines;
    QStringList problems;
};

Read readAll(const QByteArray &bytes, qint64 chunk = 1 << 20)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, chunk);
    Read read;
    CsvReader::Record record;
    while (reader.next(record)) {
        read.records << record.fields;
        read.lines << record.line;
        read.problems << record.problem;
    }
    return read;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void records_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QList<QStringList>>("records");
        QTest::addColumn<QList<qint64>>("lines");
        using R = QList<QStringList>;
        using L = QList<qint64>;
        QTest::newRow("plain, LF")
            << QByteArray("a,b\n1,2\n") << R{{"a", "b"}, {"1", "2"}} << L{1, 2};
        QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << R{{"a", "b"}, {"1", "2"}}
                              << L{1, 2};
        QTest::newRow("no newline at the end")
            << QByteArray("a,b\n1,2") << R{{"a", "b"}, {"1", "2"}} << L{1, 2};
        QTest::newRow("empty fields") << QByteArray(",a,,\n") << R{{"", "a", "", ""}} << L{1};
        QTest::newRow("quoted comma")
            << QByteArray("\"Butter, salted\",2\n") << R{{"Butter, salted", "2"}} << L{1};
        QTest::newRow("doubled quotes")
            << QByteArray("\"12\"\" pizza\",\"\"\"\"\n") << R{{"12\" pizza", "\""}} << L{1};
        QTest::newRow("empty quoted field") << QByteArray("\"\",x\n") << R{{"", "x"}} << L{1};
        QTest::newRow("line break inside quotes counts as a line")
            << QByteArray("h\n\"two\nlines\",x\nnext\n") << R{{"h"}, {"two\nlines", "x"}, {"next"}}
            << L{1, 2, 4};
        QTest::newRow("CRLF inside quotes kept")
            << QByteArray("\"a\r\nb\"\r\nc\r\n") << R{{"a\r\nb"}, {"c"}} << L{1, 3};
        QTest::newRow("blank lines skipped but counted")
            << QByteArray("a\n\n\r\nb\n\n") << R{{"a"}, {"b"}} << L{1, 4};
        QTest::newRow("byte-order mark") << QByteArray("\xEF\xBB\xBFsku,name\nA,B\n")
                                         << R{{"sku", "name"}, {"A", "B"}} << L{1, 2};
        QTest::newRow("UTF-8") << QByteArray("\xE2\x82\xB9"
                                             "120,Dahi \xE0\xA4\xA6\xE0\xA4\xB9\xE0\xA5\x80\n")
                               << R{{QStringLiteral("₹120"), QStringLiteral("Dahi दही")}} << L{1};
        QTest::newRow("lone CR ends a record")
            << QByteArray("a\rb\r") << R{{"a"}, {"b"}} << L{1, 2};
        QTest::newRow("spaces kept") << QByteArray(" a , b \n") << R{{" a ", " b "}} << L{1};
    }
    void records()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QList<QStringList>, records);
        QFETCH(QList<qint64>, lines);
        // Any chunk size reads the same, however records and UTF-8 sequences straddle chunks.
        for (const qint64 chunk : {qint64(1) << 20, qint64(1), qint64(2), qint64(3)}) {
            const Read read = readAll(bytes, chunk);
            QCOMPARE(read.records, records);
            QCOMPARE(read.lines, lines);
            for (const QString &problem : read.problems)
                QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }

    void malformedRecordsAreReportedAndReadingGoesOn_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("badRecord");
        QTest::addColumn<QString>("problemPart");
        QTest::addColumn<int>("recordCount");
        QTest::newRow("quote inside an unquoted field")
            << QByteArray("a,b\n12\" pizza,2\nc,d\n") << 1 << QStringLiteral("not quoted") << 3;
        QTest::newRow("text after a closing quote") << QByteArray("a,b\n\"x\"y,2\nc,d\n") << 1
                                                    << QStringLiteral("after a closing quote") << 3;
        QTest::newRow("quote never closed")
            << QByteArray("a,b\nc,d\n\"open,2\nmore\n") << 2
            << QStringLiteral("starts on line 3 is never closed") << 3;
        QTest::newRow("not UTF-8")
            << QByteArray("a,b\n\xFF\xFE,2\nc,d\n") << 1 << QStringLiteral("not valid UTF-8") << 3;
    }
    void malformedRecordsAreReportedAndReadingGoesOn()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, badRecord);
        QFETCH(QString, problemPart);
        QFETCH(int, recordCount);
        const Read read = readAll(bytes);
        QCOMPARE(read.records.size(), recordCount);
        for (int i = 0; i < read.problems.size(); ++i) {
            if (i == badRecord)
                QVERIFY2(read.problems.at(i).contains(problemPart),
                         qPrintable(read.problems.at(i)));
            else
                QVERIFY2(read.problems.at(i).isEmpty(), qPrintable(read.problems.at(i)));
        }
    }

    void bytesReadFollowsTheInput()
    {
        QBuffer buffer;
        buffer.setData("\xEF\xBB\xBF"
                       "a,b\n1,2\n");
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer, 4);
        CsvReader::Record record;
        QVERIFY(reader.next(record));
        QCOMPARE(reader.bytesRead(), qint64(7));
        QVERIFY(reader.next(record));
        QVERIFY(!reader.next(record));
        QCOMPARE(reader.bytesRead(), qint64(11));
    }

    void whatTheWriterWritesReadsBack()
    {
        const QList<QStringList> records{
            {"sku", "name", "note"},
            {"A-1", "Butter, salted", "12\" pizza"},
            {"B-2", "two\nlines", " padded "},
            {"C-3", "", "₹1,00,000.00"},
        };
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer);
        for (const QStringList &r : records)
            QVERIFY(writer.writeRecord(r));
        buffer.close();
        QVERIFY(buffer.data().endsWith("\r\n"));
        QCOMPARE(CsvWriter::field(u"plain"), QStringLiteral("plain"));
        QCOMPARE(CsvWriter::field(u"a,b"), QStringLiteral("\"a,b\""));
        QCOMPARE(CsvWriter::field(u"say \"hi\""), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(readAll(buffer.data()).records, records);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
