// The floor for bench/startup.sh: a bare Qt Widgets window with an identifier and a password field, shown full
// screen as leo-kiosk shows itself (the full-screen request, then the screen's geometry for an X server without a
// window manager). Nothing in it reports anything: bench-first-frame watches the screen.
#include <QApplication>
#include <QFormLayout>
#include <QLineEdit>
#include <QScreen>
#include <QWidget>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QWidget window;
    auto* layout = new QFormLayout(&window);
    layout->addRow(QStringLiteral("Identifiant"), new QLineEdit(&window));
    auto* password = new QLineEdit(&window);
    password->setEchoMode(QLineEdit::Password);
    layout->addRow(QStringLiteral("Mot de passe"), password);
    window.showFullScreen();
    window.setGeometry(window.screen()->geometry());
    return app.exec();
}
