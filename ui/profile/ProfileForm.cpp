// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileForm.h"

#include <limits>

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>
#include <QVBoxLayout>

#include "base/DisplayText.h"
#include "config/ProfileStore.h"

namespace apm {

namespace {
// Past this many characters a value is shown, not edited, in the form; the start of it shown is this long.
constexpr qsizetype kLongestEditable = 10'000;
constexpr qsizetype kShownOfLong = 200;
} // namespace

ProfileForm::ProfileForm(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    rebuild();
}

void ProfileForm::setContext(const ProfileStore* store, const QString& profile)
{
    const bool listsChanged = store != m_store;
    m_store = store;
    m_profile = profile;
    if (listsChanged)
        rebuild();
    for (Row& row : m_rows) {
        // Profiles come and go: keep the lists current without rebuilding the rows (and losing the focus).
        auto* combo = qobject_cast<QComboBox*>(row.editor.data());
        auto* list = combo ? qobject_cast<QStringListModel*>(combo->model()) : nullptr;
        if (list && store && row.spec.editor != FieldSpec::Editor::Choice) {
            const QStringList names =
                QStringList{QString()}
                + (row.spec.editor == FieldSpec::Editor::Profile ? store->profileNames() : store->ssoSessionNames());
            if (list->stringList() != names) {
                const QString text = textOf(row);
                const QSignalBlocker blocker(combo);
                list->setStringList(names);
                setTextOf(row, text);
            }
        }
        check(row);
    }
}

void ProfileForm::setKind(ProfileKind kind)
{
    if (kind == m_kind && !m_rows.isEmpty())
        return;
    const QHash<QString, QString> typed = values();
    m_kind = kind;
    rebuild();
    for (Row& row : m_rows)
        setTextOf(row, typed.value(row.spec.key, m_shown.value(row.spec.key)));
}

void ProfileForm::rebuild()
{
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_rows.clear();
    for (const FieldSpec& spec : ProfileFields::fieldsFor(m_kind)) {
        Row row{spec, nullptr, nullptr, nullptr, std::nullopt};
        QLineEdit* line = nullptr;
        switch (spec.editor) {
        case FieldSpec::Editor::Text:
        case FieldSpec::Editor::Secret:
            line = new QLineEdit(this);
            row.editor = line;
            break;
        case FieldSpec::Editor::Choice:
        case FieldSpec::Editor::Profile:
        case FieldSpec::Editor::SsoSession: {
            auto* combo = new QComboBox(this);
            QStringList choices = spec.choices;
            if (spec.editor == FieldSpec::Editor::Profile && m_store)
                choices = QStringList{QString()} + m_store->profileNames();
            else if (spec.editor == FieldSpec::Editor::SsoSession && m_store)
                choices = QStringList{QString()} + m_store->ssoSessionNames();
            // One model for thousands of profile names: far cheaper than adding items one by one.
            combo->setModel(new QStringListModel(choices, combo));
            combo->setEditable(spec.freeText);
            combo->setInsertPolicy(QComboBox::NoInsert);
            if (spec.freeText) {
                combo->completer()->setCaseSensitivity(Qt::CaseSensitive);
                combo->completer()->setFilterMode(Qt::MatchContains);
                line = combo->lineEdit();
            }
            connect(combo, &QComboBox::activated, this, [this, key = spec.key] { commit(key); });
            connect(combo, &QComboBox::currentTextChanged, this, [this, key = spec.key] {
                for (Row& r : m_rows) {
                    if (r.spec.key == key)
                        check(r);
                }
                Q_EMIT valuesEdited();
            });
            row.editor = combo;
            break;
        }
        }
        row.editor->setObjectName(QStringLiteral("field_") + spec.key);
        row.editor->setAccessibleName(spec.label);
        row.editor->setToolTip(spec.key);
        if (line) {
            // QLineEdit keeps 32,767 characters by default: a longer value would be cut, and the cut written back.
            line->setMaxLength(std::numeric_limits<int>::max());
            if (spec.editor == FieldSpec::Editor::Secret)
                line->setEchoMode(m_revealed ? QLineEdit::Normal : QLineEdit::Password);
            connect(line, &QLineEdit::editingFinished, this, [this, key = spec.key] { commit(key); });
            connect(line, &QLineEdit::textEdited, this, [this, key = spec.key] {
                for (Row& r : m_rows) {
                    if (r.spec.key == key)
                        check(r);
                }
                Q_EMIT valuesEdited();
            });
        }
        row.problem = new QLabel(this);
        row.problem->setObjectName(QStringLiteral("problem_") + spec.key);
        row.problem->setWordWrap(true);
        // A message may quote a long value: it wraps in the room the form has and never widens the window.
        row.problem->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        row.problem->setStyleSheet(QStringLiteral("QLabel { color: #c0392b; }"));
        row.problem->setVisible(false);
        row.note = new QLabel(this);
        row.note->setObjectName(QStringLiteral("note_") + spec.key);
        row.note->setWordWrap(true);
        row.note->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        applyEditable(row);
        auto* cell = new QWidget(this);
        auto* cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        cellLayout->addWidget(row.editor);
        cellLayout->addWidget(row.note);
        cellLayout->addWidget(row.problem);
        m_layout->addRow(spec.label + u':', cell);
        m_rows.append(row);
    }
}

QString ProfileForm::textOf(const Row& row) const
{
    if (row.whole)
        return *row.whole;
    if (const auto* line = qobject_cast<const QLineEdit*>(row.editor.data()))
        return line->text();
    if (const auto* combo = qobject_cast<const QComboBox*>(row.editor.data()))
        return combo->currentText();
    return {};
}

void ProfileForm::setTextOf(Row& row, const QString& text)
{
    const QSignalBlocker blocker(row.editor.data());
    // A field lays out and shapes all of its text, at some 50 bytes a character: a value of megabytes would cost
    // hundreds of megabytes, and typing in it would crawl. Such a value is shown cut short and read-only; the
    // Files tab edits it, and the form never commits the cut text.
    const bool tooLong = text.size() > kLongestEditable;
    row.whole = tooLong ? std::optional<QString>(text) : std::nullopt;
    const QString shown = tooLong ? elided(text, kShownOfLong) : text;
    if (auto* line = qobject_cast<QLineEdit*>(row.editor.data())) {
        if (line->text() != shown) {
            line->setText(shown);
            line->setCursorPosition(0); // a value's start says most about it
        }
    } else if (auto* combo = qobject_cast<QComboBox*>(row.editor.data())) {
        const int index = combo->findText(shown, Qt::MatchExactly | Qt::MatchCaseSensitive);
        if (index >= 0)
            combo->setCurrentIndex(index);
        else if (combo->isEditable())
            combo->setEditText(shown);
        else {
            // A value the list does not know (say `Json`): show it as it is, so the check can say what is wrong.
            combo->addItem(shown);
            combo->setCurrentIndex(combo->count() - 1);
        }
    }
    row.note->setText(tooLong ? tr("This value is %n characters long, too long to edit here: edit it in the Files "
                                   "tab.",
                                   nullptr, int(std::min<qsizetype>(text.size(), std::numeric_limits<int>::max())))
                              : QString());
    row.editor->setAccessibleDescription(row.note->text());
    applyEditable(row);
    check(row);
}

void ProfileForm::applyEditable(Row& row)
{
    // A read-only field stays a field: its text can still be selected, copied and read by a screen reader.
    if (auto* line = qobject_cast<QLineEdit*>(row.editor.data()))
        line->setReadOnly(!editable(row));
    else
        row.editor->setEnabled(editable(row));
    row.note->setVisible(row.whole.has_value());
}

void ProfileForm::setValues(const QHash<QString, QString>& values)
{
    m_shown = values;
    for (Row& row : m_rows)
        setTextOf(row, values.value(row.spec.key));
}

QHash<QString, QString> ProfileForm::values() const
{
    QHash<QString, QString> out;
    for (const Row& row : m_rows)
        out.insert(row.spec.key, textOf(row));
    return out;
}

void ProfileForm::setSecretsRevealed(bool revealed)
{
    m_revealed = revealed;
    for (Row& row : m_rows) {
        if (auto* line = qobject_cast<QLineEdit*>(row.editor.data());
            line && row.spec.editor == FieldSpec::Editor::Secret)
            line->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    }
}

void ProfileForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (Row& row : m_rows)
        applyEditable(row);
}

void ProfileForm::focusFirstField()
{
    if (!m_rows.isEmpty() && m_rows.first().editor)
        m_rows.first().editor->setFocus(Qt::OtherFocusReason);
}

QList<QWidget*> ProfileForm::editors() const
{
    QList<QWidget*> out;
    for (const Row& row : m_rows) {
        if (row.editor)
            out.append(row.editor);
    }
    return out;
}

QString ProfileForm::firstProblem() const
{
    for (const Row& row : m_rows) {
        if (row.problem && !row.problem->text().isEmpty())
            return row.spec.label + QStringLiteral(": ") + row.problem->text();
    }
    return {};
}

void ProfileForm::check(Row& row)
{
    const auto problem = m_store ? ProfileFields::check(*m_store, m_profile, row.spec.key, textOf(row)) : std::nullopt;
    row.problem->setText(problem.value_or(QString()));
    row.problem->setVisible(problem.has_value());
}

void ProfileForm::commit(const QString& key)
{
    for (const Row& row : m_rows) {
        if (row.spec.key != key || !editable(row))
            continue;
        const QString text = textOf(row);
        if (text == m_shown.value(key))
            return;
        m_shown.insert(key, text);
        Q_EMIT valueCommitted(m_profile, key, text);
    }
}

} // namespace apm
