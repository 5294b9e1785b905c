#include "PyText.h"

#include <limits>

namespace fleet::sim::py {

namespace {

// Whitespace of str.isspace() within Latin-1.
bool isStrSpace(unsigned char c)
{
    return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f) || c == 0x20 || c == 0x85 || c == 0xa0;
}

// int() strips a narrower set than str.strip(): the 0x1c-0x1f separators are not allowed.
bool isIntSpace(unsigned char c)
{
    return (c >= 0x09 && c <= 0x0d) || c == 0x20 || c == 0x85 || c == 0xa0;
}

bool isAsciiSpace(unsigned char c)
{
    return (c >= 0x09 && c <= 0x0d) || c == 0x20;
}

template <typename Pred> std::string_view stripIf(std::string_view s, Pred isSpace)
{
    while (!s.empty() && isSpace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return s;
}

int digitValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

} // namespace

std::string_view strip(std::string_view s)
{
    return stripIf(s, isStrSpace);
}
std::string_view stripAscii(std::string_view s)
{
    return stripIf(s, isAsciiSpace);
}

bool Int::fitsSigned32() const
{
    if (overflow)
        return false;
    return negative ? magnitude <= 2147483648ULL : magnitude <= 2147483647ULL;
}

std::optional<Int> parseInt(std::string_view s, int base)
{
    s = stripIf(s, isIntSpace);
    Int result;
    if (!s.empty() && (s.front() == '+' || s.front() == '-')) {
        result.negative = s.front() == '-';
        s.remove_prefix(1);
    }
    if (s.empty())
        return std::nullopt;
    // Underscores may separate digits, one at a time, never lead or trail.
    bool previousWasDigit = false;
    for (char c : s) {
        if (c == '_') {
            if (!previousWasDigit)
                return std::nullopt;
            previousWasDigit = false;
            continue;
        }
        const int d = digitValue(c);
        if (d >= base)
            return std::nullopt;
        const uint64_t max = std::numeric_limits<uint64_t>::max();
        if (result.magnitude > (max - static_cast<uint64_t>(d)) / static_cast<uint64_t>(base))
            result.overflow = true;
        else
            result.magnitude = result.magnitude * static_cast<uint64_t>(base) + static_cast<uint64_t>(d);
        previousWasDigit = true;
    }
    if (!previousWasDigit)
        return std::nullopt;
    return result;
}

std::optional<std::string> fromHexString(std::string_view s)
{
    std::string out;
    out.reserve(s.size() / 2 + 1);
    for (size_t i = 0; i < s.size(); i += 2) {
        std::string pair(s.substr(i, 2));
        if (pair.size() == 1)
            pair += '0';
        const auto v = parseInt(pair, 16);
        if (!v || !v->fitsUnsigned(255))
            return std::nullopt;
        out += static_cast<char>(v->magnitude);
    }
    return out;
}

std::optional<std::string> evaluateRawString(std::string_view s)
{
    std::string out;
    std::optional<char> pendingHex; // set after "\x": holds the first digit once read
    bool inHex = false;
    bool escape = false;
    for (char ch : s) {
        int number = static_cast<unsigned char>(ch);
        if (inHex) {
            if (!pendingHex) {
                pendingHex = ch;
                continue;
            }
            const int hi = digitValue(*pendingHex);
            const int lo = digitValue(ch);
            if (hi >= 16 || lo >= 16)
                return std::nullopt;
            number = hi * 16 + lo;
            inHex = false;
            pendingHex.reset();
        }
        if (escape) {
            escape = false;
            switch (number) {
            case '\\':
                number = '\\';
                break;
            case '\'':
                number = '\'';
                break;
            case '"':
                number = '"';
                break;
            case 'a':
                number = 7;
                break;
            case 'b':
                number = 8;
                break;
            case 'f':
                number = 12;
                break;
            case 'n':
                number = 10;
                break;
            case 'r':
                number = 13;
                break;
            case 't':
                number = 9;
                break;
            case 'v':
                number = 11;
                break;
            case 'x':
                inHex = true;
                continue;
            default:
                return std::nullopt;
            }
        }
        // Bug-compatible with snmpsimd: a decoded "\x5c" starts a new escape like a backslash.
        if (number == '\\') {
            escape = true;
            continue;
        }
        out += static_cast<char>(number);
    }
    return out;
}

} // namespace fleet::sim::py
