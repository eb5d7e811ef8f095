import { Alert, Button, Checkbox, CopyButton, Group, Loader, Modal, ScrollArea, Stack, Textarea, useComputedColorScheme } from '@mantine/core';
import { IconCheck, IconCopy, IconDownload } from '@tabler/icons-react';
import { useEffect, useId, useMemo, useState } from 'react';
import type { Project } from '../../../shared/model/project';
import { call, CallFailed } from '../api/client';

interface Props {
  readonly project: Project;
  readonly opened: boolean;
  readonly onClose: () => void;
  readonly onSave: (format: 'mermaid' | 'markdown') => void;
}

type Mermaid = typeof import('mermaid').default;
let mermaidModule: Promise<Mermaid> | null = null;

/** Mermaid is large: it loads on first preview only. */
function loadMermaid(): Promise<Mermaid> {
  mermaidModule ??= import('mermaid').then((module) => module.default);
  return mermaidModule;
}

/** The Mermaid export, rendered as the reader will see it, with copy and save. */
export function MermaidPreview({ project, opened, onClose, onSave }: Props) {
  const [markdown, setMarkdown] = useState(false);
  const [highlight, setHighlight] = useState(true);
  const [text, setText] = useState<string | null>(null);
  // The drawing last made and the request it was made for: a new request shows the loader until its own arrives.
  const [drawn, setDrawn] = useState<{ readonly request: object; readonly svg: string | null; readonly error: string | null } | null>(null);
  const scheme = useComputedColorScheme('light');
  const renderId = `mermaid-preview-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;

  const request = useMemo(() => (opened ? { project, markdown, highlight, scheme } : null), [opened, project, markdown, highlight, scheme]);
  const svg = drawn !== null && drawn.request === request ? drawn.svg : null;
  const renderError = drawn !== null && drawn.request === request ? drawn.error : null;
  useEffect(() => {
    if (request === null) return;
    const { project, markdown, highlight, scheme } = request;
    let current = true;
    void (async () => {
      try {
        const [plain, wrapped] = await Promise.all([
          call('export:mermaid', { project, highlightFindings: highlight }),
          call('export:mermaid', { project, markdown, highlightFindings: highlight }),
        ]);
        if (!current) return;
        setText(wrapped.text);
        const mermaid = await loadMermaid();
        // strict: labels are sanitized and click handlers disabled, whatever the model's names hold.
        mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: scheme === 'dark' ? 'dark' : 'default' });
        const rendered = await mermaid.render(renderId, plain.text);
        if (current) setDrawn({ request, svg: rendered.svg, error: null });
      } catch (error) {
        if (!current || error instanceof CallFailed) return;
        setDrawn({ request, svg: null, error: error instanceof Error ? error.message : String(error) });
      }
    })();
    return () => {
      current = false;
    };
  }, [request, renderId]);

  return (
    <Modal opened={opened} onClose={onClose} title="Mermaid diagram" size="90%" data-testid="mermaid-preview">
      <Stack gap="sm">
        <Group gap="lg">
          <Checkbox label="Wrap in a Markdown block" checked={markdown} onChange={(e) => setMarkdown(e.currentTarget.checked)} />
          <Checkbox label="Colour components by their worst open finding" checked={highlight} onChange={(e) => setHighlight(e.currentTarget.checked)} />
        </Group>
        {renderError ? (
          <Alert color="red" title="The diagram could not be drawn">
            {renderError}
          </Alert>
        ) : null}
        <ScrollArea.Autosize mah="45vh" type="auto">
          {svg ? <div data-testid="mermaid-svg" dangerouslySetInnerHTML={{ __html: svg }} /> : renderError ? null : <Loader size="sm" />}
        </ScrollArea.Autosize>
        <Textarea
          label="Mermaid text"
          value={text ?? ''}
          readOnly
          autosize
          minRows={3}
          maxRows={6}
          styles={{ input: { fontFamily: 'monospace', fontSize: 12 } }}
        />
        <Group justify="flex-end">
          <CopyButton value={text ?? ''}>
            {({ copied, copy }) => (
              <Button variant="default" leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />} onClick={copy} disabled={text === null}>
                {copied ? 'Copied' : 'Copy to clipboard'}
              </Button>
            )}
          </CopyButton>
          <Button leftSection={<IconDownload size={16} />} onClick={() => onSave(markdown ? 'markdown' : 'mermaid')} disabled={text === null}>
            Save…
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
