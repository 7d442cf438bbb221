#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace rapport {

/// The outcome of a core operation: a value, or a translated message a person can read.
/// Core never shows dialogs; callers decide how to present the message.
template <typename T> class [[nodiscard]] Result
{
public:
    static Result ok(T value) { return Result(std::move(value), QString()); }
    static Result fail(QString message) { return Result(std::nullopt, std::move(message)); }

    bool isOk() const { return m_value.has_value(); }
    explicit operator bool() const { return isOk(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    const T& operator*() const { return *m_value; }
    const QString& error() const { return m_error; }

private:
    Result(std::optional<T> value, QString error) : m_value(std::move(value)), m_error(std::move(error)) {}
    std::optional<T> m_value;
    QString m_error;
};

/// A Result with no value: success, or a message.
class [[nodiscard]] Status
{
public:
    static Status ok() { return Status(QString(), true); }
    static Status fail(QString message) { return Status(std::move(message), false); }
    template <typename T> static Status from(const Result<T>& r) { return r ? ok() : fail(r.error()); }

    bool isOk() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const QString& error() const { return m_error; }

private:
    Status(QString error, bool ok) : m_error(std::move(error)), m_ok(ok) {}
    QString m_error;
    bool m_ok;
};

} // namespace rapport
