#include "support/HeadlessChromium.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QWebSocket>

namespace LeoKiosk::Test {

using namespace Qt::StringLiterals;

namespace {

constexpr int timeoutMs = 30000;

} // namespace

QString HeadlessChromium::executable()
{
    if (QFileInfo::exists(u"/usr/bin/chromium"_s))
        return u"/usr/bin/chromium"_s;
    return QStandardPaths::findExecutable(u"chromium"_s);
}

HeadlessChromium::HeadlessChromium(QObject* parent) : QObject(parent) {}

HeadlessChromium::~HeadlessChromium()
{
    delete m_socket;
    if (m_process) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished();
        }
    }
}

bool HeadlessChromium::open(const QUrl& url, const QString& acceptLanguage)
{
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->start(executable(),
                     {u"--headless"_s, u"--no-sandbox"_s, u"--disable-gpu"_s, u"--disable-quic"_s, u"--no-first-run"_s,
                      u"--disable-background-networking"_s, u"--disable-component-update"_s, u"--disable-sync"_s,
                      u"--user-data-dir="_s + m_profile.path(), u"--remote-debugging-port=0"_s,
                      u"--accept-lang="_s + acceptLanguage, u"--lang="_s + acceptLanguage, url.toString()});
    if (!m_process->waitForStarted(timeoutMs)) {
        m_error = m_process->errorString();
        return false;
    }
    m_process->setReadChannel(QProcess::StandardError);
    // "DevTools listening on ws://127.0.0.1:<port>/devtools/browser/<id>" on standard error, once ready.
    static const QRegularExpression listening(u"DevTools listening on ws://127\\.0\\.0\\.1:(\\d+)/"_s);
    const QDeadlineTimer deadline(timeoutMs);
    QByteArray err;
    QString port;
    while (port.isEmpty() && !deadline.hasExpired()) {
        if (!m_process->waitForReadyRead(int(deadline.remainingTime())) && !m_process->bytesAvailable())
            break;
        err += m_process->readAllStandardError();
        port = listening.match(QString::fromUtf8(err)).captured(1);
    }
    if (port.isEmpty()) {
        m_error = u"Chromium did not open its DevTools port: "_s + QString::fromUtf8(err);
        return false;
    }

    // The page opened on the command line, and its WebSocket.
    QNetworkAccessManager manager;
    QString pageSocket;
    while (pageSocket.isEmpty() && !deadline.hasExpired()) {
        QNetworkReply* reply = manager.get(QNetworkRequest(QUrl(u"http://127.0.0.1:%1/json/list"_s.arg(port))));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(int(deadline.remainingTime()));
        for (const QJsonValue& target : QJsonDocument::fromJson(reply->readAll()).array()) {
            if (target[u"type"_s] == u"page"_s)
                pageSocket = target[u"webSocketDebuggerUrl"_s].toString();
        }
        reply->deleteLater();
    }
    m_socket = new QWebSocket();
    connect(m_socket, &QWebSocket::textMessageReceived, this, [this](const QString& text) {
        const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
        if (message.contains(u"id"_s))
            m_answers.insert(message[u"id"_s].toInt(), message);
    });
    QSignalSpy connected(m_socket, &QWebSocket::connected);
    m_socket->open(QUrl(pageSocket));
    if (pageSocket.isEmpty() || !connected.wait(int(qMax<qint64>(1, deadline.remainingTime())))) {
        m_error = u"cannot reach the page through DevTools"_s;
        return false;
    }
    return true;
}

QJsonObject HeadlessChromium::call(const QString& method, const QJsonObject& params)
{
    const int id = m_nextId++;
    m_socket->sendTextMessage(
        QString::fromUtf8(QJsonDocument(QJsonObject{{u"id"_s, id}, {u"method"_s, method}, {u"params"_s, params}})
                              .toJson(QJsonDocument::Compact)));
    QSignalSpy received(m_socket, &QWebSocket::textMessageReceived);
    const QDeadlineTimer deadline(timeoutMs);
    while (!m_answers.contains(id) && !deadline.hasExpired())
        received.wait(int(qMax<qint64>(1, deadline.remainingTime())));
    return m_answers.take(id);
}

QJsonValue HeadlessChromium::evaluate(const QString& expression)
{
    const QJsonObject answer = call(u"Runtime.evaluate"_s, {{u"expression"_s, expression}, {u"returnByValue"_s, true}});
    return answer[u"result"_s][u"result"_s][u"value"_s];
}

} // namespace LeoKiosk::Test
