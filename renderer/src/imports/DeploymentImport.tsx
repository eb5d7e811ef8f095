import { Button, Menu } from '@mantine/core';
import { IconBrandDocker, IconChevronDown } from '@tabler/icons-react';
import { useRef, type ReactNode } from 'react';
import { pickedFromInput, type PickedFile } from './readImportFiles';

interface Props {
  readonly busy: boolean;
  readonly onPicked: (picked: PickedFile[]) => void;
}

/** "Import deployment…": docker-compose files, Kubernetes manifests and config files, or a whole folder of them. */
export function DeploymentImport({ busy, onPicked }: Props): ReactNode {
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const picked = (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length > 0) onPicked(pickedFromInput(files));
  };
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" leftSection={<IconBrandDocker size={16} />} rightSection={<IconChevronDown size={14} />} loading={busy}>
            Import deployment
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => filesInput.current?.click()}>Files (docker-compose, Kubernetes manifests, config)…</Menu.Item>
          <Menu.Item onClick={() => folderInput.current?.click()}>A folder…</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <input
        ref={filesInput}
        type="file"
        multiple
        hidden
        accept=".yml,.yaml,.json,.conf,.toml,.properties,.env"
        aria-label="Deployment files to import"
        onChange={(e) => picked(e.currentTarget)}
      />
      {/* webkitdirectory is not in React's types; every browser we target supports it. */}
      <input
        ref={folderInput}
        type="file"
        multiple
        hidden
        aria-label="Deployment folder to import"
        {...{ webkitdirectory: '' }}
        onChange={(e) => picked(e.currentTarget)}
      />
    </>
  );
}
