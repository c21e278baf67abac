// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilesPanel.h"
#include "ui_FilesPanel.h"

#include <QFontDatabase>
#include <QTextBlock>

#include "config/ProfileFields.h"
#include "config/ProfileStore.h"

namespace apm {

FilesPanel::FilesPanel(ProfileStore* store, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::FilesPanel>())
    , m_store(store)
{
    m_ui->setupUi(this);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->textView->setFont(mono);
    m_ui->changesView->setFont(mono);
    m_ui->fileCombo->addItem(store->path(FileKind::Config), int(FileKind::Config));
    m_ui->fileCombo->addItem(store->path(FileKind::Credentials), int(FileKind::Credentials));
    connect(m_ui->fileCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_markedLine = -1;
        refresh();
    });
    connect(m_ui->showSecretsCheck, &QCheckBox::toggled, this, &FilesPanel::refresh);
    // Everything the store says changes what this tab shows: an edit, a reload, and a save (the diff goes).
    connect(store, &ProfileStore::profilesChanged, this, &FilesPanel::refreshWhenShown);
    connect(store, &ProfileStore::saved, this, &FilesPanel::refreshWhenShown);
    connect(store, &ProfileStore::reloaded, this, &FilesPanel::refreshWhenShown);
    connect(m_ui->editTextButton, &QPushButton::clicked, this, [this] { setEditing(true); });
    connect(m_ui->cancelTextButton, &QPushButton::clicked, this, [this] { setEditing(false); });
    connect(m_ui->applyTextButton, &QPushButton::clicked, this, &FilesPanel::applyText);
    setEditing(false);
}

void FilesPanel::setEditing(bool editing)
{
    m_editing = editing;
    m_ui->textView->setReadOnly(!editing);
    m_ui->editTextButton->setVisible(!editing);
    m_ui->applyTextButton->setVisible(editing);
    m_ui->cancelTextButton->setVisible(editing);
    m_ui->fileCombo->setEnabled(!editing);
    m_ui->showSecretsCheck->setEnabled(!editing);
    refreshWhenShown(); // editing shows the real text: masked stars must never be written back
    if (editing)
        m_ui->textView->setFocus();
}

void FilesPanel::applyText()
{
    const FileKind kind = FileKind(m_ui->fileCombo->currentData().toInt());
    const auto error = m_store->replaceText(kind, m_ui->textView->toPlainText().toUtf8());
    if (error) {
        m_ui->changesLabel->setText(*error);
        return;
    }
    setEditing(false);
}

FilesPanel::~FilesPanel() = default;

void FilesPanel::setSelectedProfile(const QString& name)
{
    m_profile = name;
    if (!isVisible())
        return;
    // The profile may live in the other file only (a credentials-only profile): show the file that has it.
    const auto spans = m_store->sectionSpans(name);
    const FileKind shown = FileKind(m_ui->fileCombo->currentData().toInt());
    if (!spans.isEmpty()
        && std::none_of(spans.cbegin(), spans.cend(), [shown](const auto& s) { return s.file == shown; }))
        m_ui->fileCombo->setCurrentIndex(m_ui->fileCombo->findData(int(spans.first().file))); // refreshes
    else
        highlight();
}

void FilesPanel::showLine(FileKind kind, int line)
{
    m_ui->fileCombo->setCurrentIndex(m_ui->fileCombo->findData(int(kind)));
    if (m_stale)
        refresh();
    m_markedLine = line;
    highlight();
}

void FilesPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
    setSelectedProfile(m_profile);
}

void FilesPanel::refreshWhenShown()
{
    m_stale = true;
    if (isVisible())
        refresh();
}

void FilesPanel::refresh()
{
    m_stale = false;
    if (m_editing && m_ui->textView->document()->isModified())
        return; // never throw away what the user is typing; Apply or Cancel decides
    const bool reveal = m_editing || m_ui->showSecretsCheck->isChecked();
    auto shown = [reveal](const QString& text) {
        return reveal ? text : ProfileFields::maskSecrets(text);
    };
    const FileKind kind = FileKind(m_ui->fileCombo->currentData().toInt());
    if (m_store->isValid(kind))
        m_markedLine = -1; // fixed meanwhile
    m_ui->textView->setPlainText(shown(QString::fromUtf8(m_store->text(kind))));
    m_ui->textView->document()->setModified(false);

    QString changes;
    for (FileKind k : {FileKind::Config, FileKind::Credentials}) {
        if (m_store->isModified(k))
            changes += m_store->diffWithDisk(k);
    }
    m_ui->changesView->setPlainText(shown(changes));
    m_ui->changesLabel->setText(changes.isEmpty() ? tr("No unsaved changes: the files on disk are what you see.")
                                                  : tr("Saving will make exactly these changes:"));
    highlight();
}

void FilesPanel::highlight()
{
    const FileKind kind = FileKind(m_ui->fileCombo->currentData().toInt());
    QList<QTextEdit::ExtraSelection> selections;
    QColor colour = palette().color(QPalette::Highlight);
    colour.setAlpha(60);
    int first = -1;
    for (const auto& span : m_store->sectionSpans(m_profile)) {
        if (span.file != kind)
            continue;
        QTextEdit::ExtraSelection selection;
        selection.format.setBackground(colour);
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        QTextCursor cursor(m_ui->textView->document()->findBlockByNumber(span.firstLine));
        cursor.movePosition(QTextCursor::Down, QTextCursor::KeepAnchor, span.lastLine - span.firstLine);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        selection.cursor = cursor;
        selections.append(selection);
        if (first < 0)
            first = span.firstLine;
    }
    if (m_markedLine >= 0) {
        QTextEdit::ExtraSelection marked;
        marked.format.setBackground(QColor(0xc0, 0x39, 0x2b, 90));
        marked.format.setProperty(QTextFormat::FullWidthSelection, true);
        marked.cursor = QTextCursor(m_ui->textView->document()->findBlockByNumber(m_markedLine));
        selections.append(marked);
        first = m_markedLine;
    }
    m_ui->textView->setExtraSelections(selections);
    if (first >= 0) {
        m_ui->textView->setTextCursor(QTextCursor(m_ui->textView->document()->findBlockByNumber(first)));
        m_ui->textView->centerCursor();
    }
}

} // namespace apm
