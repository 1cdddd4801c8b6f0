#pragma once

namespace Common {

// The value of one hexadecimal digit (either case), or -1 for any other character. Both programs decode hex by hand
// where a lenient QByteArray::fromHex would accept what it should refuse (a database key file, a percent-escape).
constexpr int hexDigitValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static_assert(hexDigitValue('0') == 0 && hexDigitValue('f') == 15 && hexDigitValue('F') == 15 &&
              hexDigitValue('g') == -1);

} // namespace Common
