// The floor for bench/startup.sh: a bare window with an identifier and a password field, shown full screen,
// reporting its first paint the same way leo-kiosk does.
#include <QApplication>
#include <QDateTime>
#include <QFormLayout>
#include <QLineEdit>
#include <QPaintEvent>
#include <QWidget>

#include <cstdio>

class BareWindow final : public QWidget
{
protected:
    void paintEvent(QPaintEvent* event) override
    {
        if (!m_painted) {
            m_painted = true;
            std::fprintf(stderr, "first-paint-epoch-ms %lld\n", QDateTime::currentMSecsSinceEpoch());
        }
        QWidget::paintEvent(event);
    }

private:
    bool m_painted = false;
};

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    BareWindow window;
    auto* layout = new QFormLayout(&window);
    layout->addRow(QStringLiteral("Identifiant"), new QLineEdit);
    auto* password = new QLineEdit;
    password->setEchoMode(QLineEdit::Password);
    layout->addRow(QStringLiteral("Mot de passe"), password);
    window.showFullScreen();
    return app.exec();
}
