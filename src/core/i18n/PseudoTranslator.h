#pragma once

#include <QTranslator>

#include <memory>

namespace LeoKiosk {

// The pseudo-language "qps": every string of the French catalogue with each word made 40 % longer (a vowel of the
// word repeated), so that a screen that fits in it fits in the longer real translations. Placeholders (%1, %n, %L1),
// mnemonics (&), markup (<b>, &amp;), addresses and line breaks are kept as they are, so that every screen still works.
class PseudoTranslator final : public QTranslator
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PseudoTranslator)

public:
    explicit PseudoTranslator(std::unique_ptr<QTranslator> base, QObject* parent = nullptr);
    ~PseudoTranslator() override;

    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return false; }

    // Each word of `text` 40 % longer (rounded up), the rest untouched.
    static QString lengthen(const QString& text);

private:
    std::unique_ptr<QTranslator> m_base;
};

} // namespace LeoKiosk
