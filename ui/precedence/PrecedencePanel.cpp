// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrecedencePanel.h"
#include "ui_PrecedencePanel.h"

#include <QHeaderView>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSettings>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTimer>

#include "config/ProfileStore.h"
#include "models/PrecedenceModel.h"

namespace apm {

namespace {

// Winners bold, overridden values struck through and greyed, ignored ones in italics: the state is told by
// weight and text decoration, not by colour alone.
class PrecedenceDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        using State = PrecedenceModel::CellState;
        switch (State(index.data(PrecedenceModel::CellStateRole).toInt())) {
        case State::Winner:
            option->font.setBold(true);
            if (index.column() != PrecedenceModel::WinnerColumn)
                option->text = QStringLiteral("✔ ") + option->text;
            break;
        case State::Overridden:
            option->font.setStrikeOut(true);
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
            break;
        case State::Ignored:
            option->font.setItalic(true);
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
            break;
        case State::Empty:
        case State::Offered: break;
        }
    }
};

} // namespace

PrecedencePanel::PrecedencePanel(ProfileStore* store, const Environment& environment, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PrecedencePanel>())
    , m_store(store)
    , m_processEnvironment(environment)
    , m_model(new PrecedenceModel(this))
{
    m_ui->setupUi(this);
    m_model->follow(store);
    connect(m_model, &PrecedenceModel::updated, this, &PrecedencePanel::showFindings);
    m_ui->precedenceView->setModel(m_model);
    m_ui->precedenceView->setItemDelegate(new PrecedenceDelegate(m_ui->precedenceView));
    // The table is the tab's main content: compact rows, and columns sized to their contents up to a limit, so
    // that long values do not push the file columns off screen (the cell's tooltip has all of it).
    QHeaderView* columns = m_ui->precedenceView->horizontalHeader();
    columns->setMaximumSectionSize(fontMetrics().averageCharWidth() * 21);
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(PrecedenceModel::WinnerColumn, QHeaderView::Stretch); // the room left over
    m_ui->precedenceView->setTextElideMode(Qt::ElideMiddle);
    QHeaderView* rows = m_ui->precedenceView->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->precedenceSplitter->setStretchFactor(0, 1);
    m_ui->precedenceSplitter->setStretchFactor(1, 0);
    connect(m_ui->whatIfToggle, &QToolButton::clicked, this, [this](bool shown) {
        m_whatIfChosen = true;
        QSettings().setValue(QStringLiteral("precedence/whatIfShown"), shown);
        showWhatIf(shown);
    });
    // Open unless the user folded them (the toggle's accessible name must say what it does from the start).
    const QVariant chosen = QSettings().value(QStringLiteral("precedence/whatIfShown"));
    m_whatIfChosen = chosen.isValid();
    showWhatIf(!m_whatIfChosen || chosen.toBool());
    // The variables start as the environment has them.
    m_ui->awsProfileEdit->setText(environment.value(QStringLiteral("AWS_PROFILE")).value_or(QString()));
    m_ui->awsRegionEdit->setText(environment.value(QStringLiteral("AWS_REGION")).value_or(QString()));
    m_ui->accessKeyEdit->setText(environment.value(QStringLiteral("AWS_ACCESS_KEY_ID")).value_or(QString()));

    for (QLineEdit* edit : {m_ui->profileOptionEdit, m_ui->awsProfileEdit, m_ui->regionOptionEdit, m_ui->awsRegionEdit,
                            m_ui->outputOptionEdit, m_ui->accessKeyEdit})
        connect(edit, &QLineEdit::textChanged, this, &PrecedencePanel::recompute);
    connect(m_ui->environmentCombo, &QComboBox::currentIndexChanged, this, &PrecedencePanel::baseChanged);
    connect(m_ui->extraVariablesEdit, &QPlainTextEdit::textChanged, this, &PrecedencePanel::recompute);
    m_ui->stopWaitingButton->hide();
    connect(m_ui->stopWaitingButton, &QPushButton::clicked, m_model, &PrecedenceModel::stopWaiting);
    connect(m_ui->followSelectionCheck, &QCheckBox::toggled, this, [this](bool follow) {
        m_ui->profileOptionEdit->setEnabled(!follow);
        recompute();
    });
    m_ui->profileOptionEdit->setEnabled(!m_ui->followSelectionCheck->isChecked());
    connect(store, &ProfileStore::profilesChanged, this, &PrecedencePanel::recompute);
    connect(store, &ProfileStore::saved, this, &PrecedencePanel::recompute); // a file that now exists, its mode
    recompute();
}

PrecedencePanel::~PrecedencePanel() = default;

void PrecedencePanel::showWhatIf(bool shown)
{
    m_ui->whatIfToggle->setChecked(shown);
    m_ui->whatIfToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_ui->whatIfToggle->setAccessibleName(shown ? tr("Hide the what-if options") : tr("Show the what-if options"));
    m_ui->whatIfBox->setVisible(shown);
    // The splitter keeps the pane's height unless told: give the table what the options no longer use.
    const int total = m_ui->precedenceSplitter->height();
    const int pane = m_ui->whatIfPane->sizeHint().height();
    m_ui->precedenceSplitter->setSizes({std::max(total - pane, 0), pane});
}

void PrecedencePanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // Compact mode: on a short window the options fold away until asked for, and come back when there is room.
    constexpr int kRoomForOptions = 520;
    if (!m_whatIfChosen && (height() >= kRoomForOptions) != m_ui->whatIfToggle->isChecked())
        showWhatIf(height() >= kRoomForOptions);
}

void PrecedencePanel::setSelectedProfile(const QString& name)
{
    m_selectedProfile = name;
    if (m_ui->followSelectionCheck->isChecked())
        recompute();
}

void PrecedencePanel::setShellProfile(const QString& name)
{
    // What the shell hook does at the next prompt: an AWS_PROFILE exported by hand (set, and not the value the
    // hook set, AWS_PROFILE_MANAGER_SET) stays; otherwise the active profile replaces it, and none unsets it.
    const Base base = Base(m_ui->environmentCombo->currentIndex());
    const Environment& from =
        base == Base::LoginShell && m_loginEnvironment ? *m_loginEnvironment : m_processEnvironment;
    const auto exported = from.value(QStringLiteral("AWS_PROFILE"));
    const auto byHook = from.value(QStringLiteral("AWS_PROFILE_MANAGER_SET"));
    if (base == Base::Empty || (exported && exported != byHook))
        return;
    if (name.isEmpty() && !byHook)
        return;
    if (m_ui->awsProfileEdit->text() != name)
        m_ui->awsProfileEdit->setText(name); // recomputes through textChanged
}

void PrecedencePanel::baseChanged()
{
    const Base base = Base(m_ui->environmentCombo->currentIndex());
    if (base == Base::LoginShell && !m_loginEnvironment) {
        loadLoginShellEnvironment(); // comes back here when it has the answer
        return;
    }
    // The three fields show the chosen environment's values, so editing them starts from there.
    const Environment from = base == Base::Process      ? m_processEnvironment
                             : base == Base::LoginShell ? *m_loginEnvironment
                                                        : Environment();
    const QSignalBlocker a(m_ui->awsProfileEdit);
    const QSignalBlocker b(m_ui->awsRegionEdit);
    const QSignalBlocker c(m_ui->accessKeyEdit);
    m_ui->awsProfileEdit->setText(from.value(QStringLiteral("AWS_PROFILE")).value_or(QString()));
    m_ui->awsRegionEdit->setText(from.value(QStringLiteral("AWS_REGION")).value_or(QString()));
    m_ui->accessKeyEdit->setText(from.value(QStringLiteral("AWS_ACCESS_KEY_ID")).value_or(QString()));
    recompute();
}

void PrecedencePanel::loadLoginShellEnvironment()
{
    if (m_loginShell)
        return;
    // What a new terminal would have: the user's shell as a login shell, printing its environment.
    const QString shell = m_processEnvironment.value(QStringLiteral("SHELL")).value_or(QStringLiteral("/bin/sh"));
    m_loginShell = new QProcess(this);
    m_loginShell->setProcessEnvironment(m_processEnvironment.toProcessEnvironment());
    m_ui->pendingLabel->setText(tr("Reading the environment of a login shell (%1)…").arg(shell));
    auto giveUp = [this, shell] {
        m_loginShell->deleteLater();
        m_ui->environmentCombo->setCurrentIndex(int(Base::Process)); // recomputes, then the note stays
        m_ui->pendingLabel->setText(tr("%1 -l did not print its environment; showing this program's.").arg(shell));
    };
    connect(m_loginShell, &QProcess::errorOccurred, this, [this, giveUp](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) // no finished() follows
            giveUp();
    });
    connect(m_loginShell, &QProcess::finished, this, [this, giveUp](int code, QProcess::ExitStatus status) {
        const QByteArray out = m_loginShell->readAllStandardOutput();
        if (status != QProcess::NormalExit || code != 0 || out.isEmpty())
            return giveUp();
        m_loginShell->deleteLater();
        Environment env;
        for (const QByteArray& entry : out.split('\0')) {
            const qsizetype eq = entry.indexOf('=');
            if (eq > 0)
                env.set(QString::fromLocal8Bit(entry.left(eq)), QString::fromLocal8Bit(entry.mid(eq + 1)));
        }
        m_loginEnvironment = env;
        m_ui->pendingLabel->clear();
        baseChanged();
    });
    // A shell that waits for input must not hold the table: it is given up after a few seconds.
    QTimer::singleShot(5000, m_loginShell, [this] {
        if (m_loginShell)
            m_loginShell->kill();
    });
    m_loginShell->start(shell, {QStringLiteral("-l"), QStringLiteral("-c"), QStringLiteral("env -0")});
}

Environment PrecedencePanel::whatIfEnvironment() const
{
    const Base base = Base(m_ui->environmentCombo->currentIndex());
    Environment env = base == Base::Process                            ? m_processEnvironment
                      : base == Base::LoginShell && m_loginEnvironment ? *m_loginEnvironment
                                                                       : Environment();
    if (base == Base::Empty) {
        // Even env -i keeps HOME for finding the files; the files shown are the loaded ones anyway.
        if (const auto home = m_processEnvironment.value(QStringLiteral("HOME")))
            env.set(QStringLiteral("HOME"), *home);
    }
    // Other variables, one per line: NAME=value, NAME= (set, empty), -NAME (unset).
    for (const QString& raw : m_ui->extraVariablesEdit->toPlainText().split(u'\n')) {
        const QString line = raw.trimmed();
        if (line.startsWith(u'-') && line.size() > 1) {
            env.unset(line.mid(1));
            continue;
        }
        const qsizetype eq = line.indexOf(u'=');
        if (eq > 0)
            env.set(line.left(eq).trimmed(), line.mid(eq + 1));
    }
    // An empty field means "unset": a what-if cannot express a set-but-empty variable from here.
    auto apply = [&env](const QString& name, const QString& value) {
        if (value.isEmpty())
            env.unset(name);
        else
            env.set(name, value);
    };
    apply(QStringLiteral("AWS_PROFILE"), m_ui->awsProfileEdit->text());
    apply(QStringLiteral("AWS_REGION"), m_ui->awsRegionEdit->text());
    apply(QStringLiteral("AWS_ACCESS_KEY_ID"), m_ui->accessKeyEdit->text());
    auto option = [](const QString& text) {
        return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
    };
    env.profileOption =
        m_ui->followSelectionCheck->isChecked() ? option(m_selectedProfile) : option(m_ui->profileOptionEdit->text());
    env.regionOption = option(m_ui->regionOptionEdit->text());
    env.outputOption = option(m_ui->outputOptionEdit->text());
    return env;
}

void PrecedencePanel::recompute()
{
    m_model->setEnvironment(whatIfEnvironment());
}

void PrecedencePanel::showFindings()
{
    const Resolution& r = m_model->resolution();
    QStringList items;
    for (const Finding& f : r.findings) {
        const QString marker = f.severity == Finding::Severity::Error     ? tr("Error")
                               : f.severity == Finding::Severity::Warning ? tr("Warning")
                                                                          : tr("Note");
        items.append(QStringLiteral("<li><b>%1:</b> %2</li>").arg(marker, f.message.toHtmlEscaped()));
    }
    m_ui->findingsLabel->setText(items.isEmpty()
                                     ? tr("No findings: nothing shadows or breaks this configuration.")
                                     : QStringLiteral("<ul style='margin:0'>%1</ul>").arg(items.join(QString())));
    const QStringList pending = m_model->pending();
    m_ui->pendingLabel->setText(
        pending.isEmpty()
            ? QString()
            : tr("Asking %1… the table updates when the answer arrives.").arg(pending.join(QStringLiteral(", "))));
    m_ui->stopWaitingButton->setVisible(!pending.isEmpty());
}

} // namespace apm
