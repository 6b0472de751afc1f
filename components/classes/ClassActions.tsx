'use client'
import { archiveClassAction, newJoinCodeAction, removeStudentAction } from '@/lib/actions/classes'
import { deleteAssignmentAction } from '@/lib/actions/assignments'
import { useI18n } from '@/components/i18n/I18nProvider'
import { ConfirmAction } from '@/components/ui/ConfirmAction'

// The confirmed (destructive or disruptive) actions of the class pages, each a ConfirmAction with its own wording.

export function ArchiveClassButton({ classId, name, archived }: { classId: string; name: string; archived: boolean }) {
  const { t } = useI18n()
  return archived ? (
    <ConfirmAction
      action={archiveClassAction}
      fields={{ classId, archived: 'false' }}
      trigger={t('classes.unarchive')}
      title={t('classes.unarchiveConfirmTitle', { name })}
      text={t('classes.unarchiveConfirmText')}
      confirm={t('classes.unarchiveConfirm')}
      cancel={t('classes.cancel')}
    />
  ) : (
    <ConfirmAction
      action={archiveClassAction}
      fields={{ classId, archived: 'true' }}
      trigger={t('classes.archive')}
      title={t('classes.archiveConfirmTitle', { name })}
      text={t('classes.archiveConfirmText')}
      confirm={t('classes.archiveConfirm')}
      cancel={t('classes.cancel')}
    />
  )
}

export function NewJoinCodeButton({ classId }: { classId: string }) {
  const { t } = useI18n()
  return (
    <ConfirmAction
      action={newJoinCodeAction}
      fields={{ classId }}
      trigger={t('classes.newCode')}
      title={t('classes.newCodeConfirmTitle')}
      text={t('classes.newCodeConfirmText')}
      confirm={t('classes.newCodeConfirm')}
      cancel={t('classes.cancel')}
    />
  )
}

export function RemoveStudentButton({ classId, studentId, name }: { classId: string; studentId: string; name: string }) {
  const { t } = useI18n()
  return (
    <ConfirmAction
      action={removeStudentAction}
      fields={{ classId, studentId }}
      trigger={t('classes.remove')}
      triggerLabel={t('classes.removeLabel', { name })}
      title={t('classes.removeConfirmTitle', { name })}
      text={t('classes.removeConfirmText')}
      confirm={t('classes.removeConfirm')}
      cancel={t('classes.cancel')}
    />
  )
}

export function DeleteAssignmentButton({ assignmentId, attempts }: { assignmentId: string; attempts: number }) {
  const { t } = useI18n()
  return (
    <ConfirmAction
      action={deleteAssignmentAction}
      fields={{ assignmentId }}
      trigger={t('assignments.delete')}
      title={t('assignments.deleteConfirmTitle')}
      text={attempts > 0 ? `${t('assignments.deleteConfirmText')} ${t('assignments.deleteAttemptsWarning', { count: attempts })}` : t('assignments.deleteConfirmText')}
      confirm={t('assignments.deleteConfirm')}
      cancel={t('classes.cancel')}
    >
      {attempts > 0 && (
        <label className="checkbox-line">
          <input type="checkbox" name="deleteAttempts" /> {t('assignments.deleteAttemptsConfirm')}
        </label>
      )}
    </ConfirmAction>
  )
}
