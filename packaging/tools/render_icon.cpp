// leokiosk-render-icon SVG SIZE OUT: renders an SVG drawing SIZE pixels tall, with the drawing's proportions (SIZE x SIZE
// for the square application icon), to a PNG or ICO (by OUT's suffix), so that the bitmaps are made at build time from
// the one drawn source. Build-time helper only.
#include <QCoreApplication>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char* argv[])
{
    const QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    bool sizeOk = false;
    const int size = args.value(2).toInt(&sizeOk);
    if (args.size() != 4 || !sizeOk || size < 16 || size > 1024) {
        std::fputs("usage: leokiosk-render-icon SVG SIZE OUT.png|OUT.ico\n", stderr);
        return 64;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "leokiosk-render-icon: %s is not a valid SVG file\n", qUtf8Printable(args.at(1)));
        return 1;
    }
    const QSize drawing = renderer.defaultSize();
    const int width = drawing.isEmpty() ? size : (size * drawing.width() + drawing.height() / 2) / drawing.height();
    QImage image(width, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();

    QImageWriter writer(args.at(3));
    if (!writer.write(image)) {
        std::fprintf(stderr, "leokiosk-render-icon: %s: %s\n", qUtf8Printable(args.at(3)),
                     qUtf8Printable(writer.errorString()));
        return 1;
    }
    return 0;
}
