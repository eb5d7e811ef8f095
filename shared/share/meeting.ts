import { z } from 'zod';
import { ProjectId } from '../model/ids';

/**
 * A shared review meeting (`tenfold serve --share`): the presenter's browser publishes where it
 * is (the focus), the host passes it to every participant as a server-sent event, together with
 * a note whenever the presenter saved a project, so participants reload what changed.
 */
export const shareRoles = ['presenter', 'participant'] as const;
export type ShareRole = (typeof shareRoles)[number];

/** The canvas viewport: React Flow's pan (x, y) and zoom. */
export const SharedViewport = z.strictObject({
  x: z.number().finite(),
  y: z.number().finite(),
  zoom: z.number().positive().max(100),
});
export type SharedViewport = z.infer<typeof SharedViewport>;

/** Where the presenter is: the library (no project) or a project, a finding in it, review mode or not, the canvas view. */
export const Focus = z.strictObject({
  projectId: z.nullable(ProjectId),
  findingKey: z.string().min(1).max(4000).nullable(),
  reviewMode: z.boolean(),
  viewport: SharedViewport.nullable(),
});
export type Focus = z.infer<typeof Focus>;

export const libraryFocus: Focus = { projectId: null, findingKey: null, reviewMode: false, viewport: null };

/** GET /share/session: who this browser is in the meeting; the value is null when the host is not shared. */
export const ShareSession = z.strictObject({ role: z.enum(shareRoles) });
export type ShareSession = z.infer<typeof ShareSession>;

/** The `changed` event: the presenter saved this project (a triage decision, an edit) as this revision. */
export const ProjectChanged = z.strictObject({ projectId: ProjectId, revisionId: z.number().int().positive().nullable() });
export type ProjectChanged = z.infer<typeof ProjectChanged>;

/** The `room` event: who is in the meeting now, sent to every stream whenever someone joins or leaves. */
export const Room = z.strictObject({ participants: z.number().int().min(0) });
export type Room = z.infer<typeof Room>;

/** The host's paths for the meeting, beside /api/. */
export const sharePaths = {
  /** GET /share/<token>: sets the meeting cookie and redirects to the app. */
  join: '/share/',
  session: '/share/session',
  /** POST, presenter only: the presenter's Focus as JSON. */
  focus: '/share/focus',
  /** GET: server-sent events `focus` (a Focus), `changed` (a ProjectChanged) and `room` (a Room); the presenter's stream carries `room` only. */
  events: '/share/events',
} as const;
