// FormData: the fields of a form body or a query string (application/x-www-form-urlencoded), and of a
// multipart/form-data body.

#include "http/FormData.h"

#include <QTest>

using namespace LeoEnt;
using namespace Qt::StringLiterals;

class TestFormData final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesPercentAndPlus();
    void plusIsASpaceButEncodedPlusIsAPlus();
    void firstOfRepeatedFieldsWins();
    void fieldsWithoutValue();
    void emptyPairsAreSkipped();
    void namesAreDecodedToo();
    void invalidUtf8MakesTheFormInvalid();
    void malformedPercentIsKeptAsIs();
    void manyAndLargeFields();
    void moveKeepsTheFields();
    void multipartFields();
    void multipartThatBreaksOffKeepsWhatCameBefore();
};

void TestFormData::decodesPercentAndPlus()
{
    const FormData form = FormData::fromUrlEncoded("login=zoe.roux&name=Zo%C3%A9+Roux&callback=%2Ftimeline%3Fa%3D1");
    QVERIFY(form.isValid());
    QCOMPARE(form.text("login"), u"zoe.roux"_s);
    QCOMPARE(form.text("name"), u"Zoé Roux"_s);
    QCOMPARE(form.bytes("name"), QByteArray("Zo\xc3\xa9 Roux"));
    QCOMPARE(form.text("callback"), u"/timeline?a=1"_s);
}

void TestFormData::plusIsASpaceButEncodedPlusIsAPlus()
{
    const FormData form = FormData::fromUrlEncoded("password=a%2Bb+c%20d");
    QCOMPARE(form.bytes("password"), QByteArray("a+b c d"));
}

void TestFormData::firstOfRepeatedFieldsWins()
{
    const FormData form = FormData::fromUrlEncoded("login=first&login=second&x=1");
    QCOMPARE(form.text("login"), u"first"_s);
    QCOMPARE(form.text("x"), u"1"_s);
}

void TestFormData::fieldsWithoutValue()
{
    const FormData form = FormData::fromUrlEncoded("flag&empty=&=orphan");
    QVERIFY(form.contains("flag"));
    QVERIFY(form.bytes("flag").isEmpty());
    QVERIFY(form.contains("empty"));
    QVERIFY(form.text("empty").isEmpty());
    QVERIFY(form.contains(""));
    QCOMPARE(form.text(""), u"orphan"_s);
    QVERIFY(!form.contains("missing"));
    QVERIFY(form.bytes("missing").isEmpty());
}

void TestFormData::emptyPairsAreSkipped()
{
    const FormData form = FormData::fromUrlEncoded("&&a=1&&b=2&");
    QCOMPARE(form.text("a"), u"1"_s);
    QCOMPARE(form.text("b"), u"2"_s);
    QVERIFY(!form.contains(""));
    QVERIFY(!FormData::fromUrlEncoded("").contains(""));
}

void TestFormData::namesAreDecodedToo()
{
    const FormData form = FormData::fromUrlEncoded("reset%43ode=abc&first+name=x");
    QCOMPARE(form.text("resetCode"), u"abc"_s);
    QCOMPARE(form.text("first name"), u"x"_s);
}

void TestFormData::invalidUtf8MakesTheFormInvalid()
{
    QVERIFY(!FormData::fromUrlEncoded("login=%FF").isValid());
    QVERIFY(!FormData::fromUrlEncoded("%C3=value").isValid());
    QVERIFY(FormData::fromUrlEncoded("login=%C3%A9").isValid());
    FormData form;
    QVERIFY(form.isValid());
    form.insert("ok", "value");
    QVERIFY(form.isValid());
    form.insert("bad", QByteArray("\xc3\x28"));
    QVERIFY(!form.isValid());
    QCOMPARE(form.text("ok"), u"value"_s);
}

void TestFormData::malformedPercentIsKeptAsIs()
{
    const FormData form = FormData::fromUrlEncoded("a=100%&c=%4&d=50%25");
    QCOMPARE(form.bytes("a"), QByteArray("100%"));
    QCOMPARE(form.bytes("c"), QByteArray("%4"));
    QCOMPARE(form.bytes("d"), QByteArray("50%"));
}

void TestFormData::manyAndLargeFields()
{
    QByteArray body;
    for (int i = 0; i < 2000; ++i)
        body += "f" + QByteArray::number(i) + "=" + QByteArray::number(i * 7) + "&";
    const QByteArray large(64 * 1024, 'x');
    body += "large=" + large;
    const FormData form = FormData::fromUrlEncoded(body);
    QCOMPARE(form.text("f0"), u"0"_s);
    QCOMPARE(form.text("f1999"), QString::number(1999 * 7));
    QVERIFY(!form.contains("f2000"));
    QCOMPARE(form.bytes("large"), large);
}

void TestFormData::moveKeepsTheFields()
{
    FormData form = FormData::fromUrlEncoded("password=secret");
    const FormData moved(std::move(form));
    QCOMPARE(moved.bytes("password"), QByteArray("secret"));
    FormData assigned;
    assigned = FormData::fromUrlEncoded("login=%FF");
    QVERIFY(!assigned.isValid());
}

void TestFormData::multipartFields()
{
    const QByteArray body = "preamble\r\n--XyZ\r\n"
                            "Content-Disposition: form-data; name=\"email\"\r\n\r\n"
                            "adele.adams\r\n--XyZ\r\n"
                            "content-disposition: form-data; name=password\r\nContent-Type: text/plain\r\n\r\n"
                            "line one\r\nline two\r\n--XyZ\r\n"
                            "Content-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\n"
                            "--Xy\r\n--XyZ--\r\nepilogue";
    const FormData form = FormData::fromMultipart(body, "XyZ");
    QVERIFY(form.isValid());
    QCOMPARE(form.text("email"), u"adele.adams"_s);
    QCOMPARE(form.bytes("password"), QByteArray("line one\r\nline two"));
    QCOMPARE(form.bytes("file"), QByteArray("--Xy"));
    QVERIFY(!FormData::fromMultipart(body, "").contains("email"));
    QVERIFY(!FormData::fromMultipart(body, "Other").contains("email"));
    QVERIFY(
        !FormData::fromMultipart("--XyZ\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n\xff\r\n--XyZ--", "XyZ")
             .isValid());
}

void TestFormData::multipartThatBreaksOffKeepsWhatCameBefore()
{
    const QByteArray body = "--b\r\nContent-Disposition: form-data; name=\"login\"\r\n\r\nzoe\r\n--b\r\n"
                            "Content-Disposition: form-data; name=\"password\"\r\n\r\nno end";
    const FormData form = FormData::fromMultipart(body, "b");
    QCOMPARE(form.text("login"), u"zoe"_s);
    QVERIFY(!form.contains("password"));
}

QTEST_APPLESS_MAIN(TestFormData)
#include "tst_serverformdata.moc"
