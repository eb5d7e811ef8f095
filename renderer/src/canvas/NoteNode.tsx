import { NodeResizer, type NodeProps } from '@xyflow/react';
import { memo, useState, type KeyboardEvent } from 'react';
import type { NoteNode as NoteNodeType } from './flowAdapter';
import { useNoteEdits } from './noteEdits';
import classes from './canvas.module.css';

/**
 * A free-text note (notes.ts): double-click to write in it, drag to move it, resize it when
 * selected. Ctrl/Cmd+Enter or leaving the field keeps the text, Escape drops the change.
 */
function NoteNodeView({ id, data, selected }: NodeProps<NoteNodeType>) {
  const [editing, setEditing] = useState(data.note.text === '');
  const edits = useNoteEdits();
  const finish = (text: string | null) => {
    setEditing(false);
    if (text !== null && text !== data.note.text) edits?.setText(id, text);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    event.stopPropagation();
    if (event.key === 'Escape') finish(null);
    else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) finish(event.currentTarget.value);
  };
  return (
    <div className={classes.note} data-selected={selected || undefined} data-testid="canvas-note" onDoubleClick={() => setEditing(true)}>
      <NodeResizer isVisible={selected && !editing} minWidth={120} minHeight={48} lineClassName={classes.resizeLine} />
      {editing ? (
        <textarea
          className={`${classes.noteInput} nodrag nopan nowheel`}
          defaultValue={data.note.text}
          placeholder="Write a note for the readers of this diagram"
          aria-label="Note text"
          maxLength={5000}
          autoFocus
          onKeyDown={onKeyDown}
          onBlur={(event) => finish(event.currentTarget.value)}
        />
      ) : (
        <div className={classes.noteText}>{data.note.text || 'Empty note: double-click to write'}</div>
      )}
    </div>
  );
}

export const NoteNode = memo(NoteNodeView);
