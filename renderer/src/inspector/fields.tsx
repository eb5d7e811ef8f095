import { MultiSelect, NativeSelect, TagsInput, Text, Textarea, TextInput } from '@mantine/core';
import { memo, useEffect, useRef, useState } from 'react';
import { parseNumberInput } from './numberInput';
import { z } from 'zod';
import type { FieldSchema } from './fieldSchema';

/**
 * Form fields for optional model properties. "Not stated" is a real state (the kind's default
 * applies), so every field can be cleared, and the default shows as a placeholder marked
 * "default". Each field validates with the schema of its property and shows the error inline.
 * Every field is memoized: given stable callbacks, a form re-renders only the fields whose value
 * changed when one property is edited (Mantine inputs cost about a millisecond each to render).
 */
const number = new Intl.NumberFormat('en', { maximumFractionDigits: 4 });

export function defaultText(value: number | string | boolean | null | undefined, suffix = ''): string {
  if (value === null || value === undefined) return 'Not stated';
  if (typeof value === 'number') return `${number.format(value)}${suffix} (default)`;
  if (typeof value === 'boolean') return `${value ? 'Yes' : 'No'} (default)`;
  return `${value} (default)`;
}

interface Common {
  readonly label: string;
  readonly description?: string;
  /** Server-side or whole-object validation error to show on this field. */
  readonly error?: string | null;
}

function firstIssue(schema: FieldSchema | undefined, value: unknown): string | null {
  if (!schema || value === undefined) return null;
  const parsed = z.safeParse(schema, value);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'Not a valid value');
}

interface NumberFieldProps extends Common {
  readonly value: number | undefined;
  readonly defaultValue?: number | null;
  /** Shown ×scale (e.g. 100 for a ratio shown as a percentage) and stored ÷scale. */
  readonly scale?: number;
  readonly suffix?: string;
  readonly schema?: FieldSchema;
  readonly integer?: boolean;
  readonly onChange: (value: number | undefined) => void;
}

const grouped = new Intl.NumberFormat('en', { maximumFractionDigits: 6 });
/** A sign or a decimal point alone: the user is still typing the number. */
const unfinished = /^[-+.]$/;

/**
 * A number typed as text and read by parseNumberInput: an entry that is not a number, or out of
 * the field's range, stays as typed with a message naming the field and what it takes; it is
 * never dropped or replaced by the default.
 */
export const NumberField = memo(function NumberField({
  label,
  description,
  error,
  value,
  defaultValue,
  scale = 1,
  suffix,
  schema,
  integer,
  onChange,
}: NumberFieldProps) {
  const shown = value === undefined ? '' : grouped.format(round(value * scale));
  const [text, setText] = useState(shown);
  const [issue, setIssue] = useState<string | null>(null);
  // What this field last stored: its echo from the model must not rewrite the text being typed ("1," of "1,200").
  const stored = useRef(value);
  useEffect(() => {
    if (value === stored.current) return;
    stored.current = value;
    setText(shown);
    setIssue(null);
  }, [value, shown]);
  const format = { label, scale, ...(suffix !== undefined ? { suffix } : {}), ...(integer !== undefined ? { integer } : {}) };
  return (
    <TextInput
      size="xs"
      label={label}
      description={description}
      value={text}
      inputMode="decimal"
      autoComplete="off"
      placeholder={defaultText(defaultValue === null || defaultValue === undefined ? defaultValue : round(defaultValue * scale), suffix ? ` ${suffix}` : '')}
      rightSection={
        suffix && text !== '' ? (
          <Text size="xs" c="dimmed" aria-hidden>
            {suffix}
          </Text>
        ) : undefined
      }
      rightSectionWidth={suffix ? 14 + suffix.length * 7 : undefined}
      rightSectionPointerEvents="none"
      error={issue ?? error ?? undefined}
      onBlur={() => {
        if (issue === null && value !== undefined) setText(shown);
      }}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        if (unfinished.test(next.trim())) return;
        const parsed = parseNumberInput(next, format, schema);
        if (!parsed.ok) {
          setIssue(parsed.message);
          return;
        }
        setIssue(null);
        if (parsed.value !== value) {
          stored.current = parsed.value;
          onChange(parsed.value);
        }
      }}
    />
  );
});

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

interface BoolFieldProps extends Common {
  readonly value: boolean | undefined;
  readonly defaultValue?: boolean | null;
  readonly onChange: (value: boolean | undefined) => void;
}

/** Yes / No / not stated (the default applies): a plain select so all three are one keystroke away. */
export const BoolField = memo(function BoolField({ label, description, error, value, defaultValue, onChange }: BoolFieldProps) {
  return (
    <NativeSelect
      size="xs"
      label={label}
      description={description}
      error={error ?? undefined}
      value={value === undefined ? '' : value ? 'yes' : 'no'}
      data={[
        { value: '', label: defaultValue === undefined || defaultValue === null ? 'Not stated' : defaultText(defaultValue) },
        { value: 'yes', label: 'Yes' },
        { value: 'no', label: 'No' },
      ]}
      onChange={(event) => {
        const v = event.currentTarget.value;
        onChange(v === '' ? undefined : v === 'yes');
      }}
    />
  );
});

interface EnumFieldProps<T extends string> extends Common {
  readonly value: T | undefined;
  readonly options: readonly T[];
  readonly labels?: Partial<Record<T, string>>;
  readonly defaultValue?: T | null;
  /** A required field has no "not stated" option. */
  readonly required?: boolean;
  readonly onChange: (value: T | undefined) => void;
}

function EnumFieldView<T extends string>({ label, description, error, value, options, labels, defaultValue, required, onChange }: EnumFieldProps<T>) {
  const name = (option: T) => labels?.[option] ?? option;
  const data = options.map((option) => ({ value: option, label: name(option) }));
  return (
    <NativeSelect
      size="xs"
      label={label}
      description={description}
      error={error ?? undefined}
      value={value ?? ''}
      data={required ? data : [{ value: '', label: defaultValue ? defaultText(name(defaultValue)) : 'Not stated' }, ...data]}
      onChange={(event) => {
        const v = event.currentTarget.value;
        onChange(v === '' ? undefined : (v as T));
      }}
    />
  );
}

// memo() drops the type parameter; the cast restores the generic signature.
export const EnumField = memo(EnumFieldView) as typeof EnumFieldView;

interface TextFieldProps extends Common {
  readonly value: string | undefined;
  readonly placeholder?: string;
  readonly multiline?: boolean;
  readonly schema?: FieldSchema;
  /** Empty text clears the property unless the field is required. */
  readonly required?: boolean;
  readonly onChange: (value: string | undefined) => void;
}

export const TextField = memo(function TextField({ label, description, error, value, placeholder, multiline, schema, required, onChange }: TextFieldProps) {
  const [text, setText] = useState(value ?? '');
  const [issue, setIssue] = useState<string | null>(null);
  // A new value from the model (an undo, another field's edit) replaces the text in the same render.
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    setText(value ?? '');
    setIssue(null);
  }
  const handle = (next: string) => {
    setText(next);
    const stored = next === '' && !required ? undefined : next;
    const problem = firstIssue(schema, stored ?? (required ? '' : undefined));
    setIssue(problem);
    if (!problem && stored !== value) onChange(stored);
  };
  const props = { size: 'xs' as const, label, description, placeholder, value: text, error: issue ?? error ?? undefined };
  return multiline ? (
    <Textarea {...props} autosize minRows={2} maxRows={6} onChange={(event) => handle(event.currentTarget.value)} />
  ) : (
    <TextInput {...props} onChange={(event) => handle(event.currentTarget.value)} />
  );
});

interface ListFieldProps<T extends string> extends Common {
  readonly testId?: string;
  readonly value: readonly T[] | undefined;
  readonly options: readonly T[];
  readonly labels?: Partial<Record<T, string>>;
  readonly onChange: (value: T[] | undefined) => void;
}

function ListFieldView<T extends string>({ label, description, error, value, options, labels, onChange, testId }: ListFieldProps<T>) {
  return (
    <MultiSelect
      data-testid={testId}
      size="xs"
      label={label}
      description={description}
      error={error ?? undefined}
      value={[...(value ?? [])]}
      data={options.map((option) => ({ value: option, label: labels?.[option] ?? option }))}
      placeholder={value && value.length > 0 ? undefined : 'None'}
      clearable
      onChange={(next) => onChange(next.length > 0 ? next : undefined)}
    />
  );
}

// memo() drops the type parameter; the cast restores the generic signature.
export const ListField = memo(ListFieldView) as typeof ListFieldView;

export const TagsField = memo(function TagsField({
  label,
  description,
  value,
  maxLength = 64,
  onChange,
}: {
  label: string;
  description?: string;
  value: readonly string[] | undefined;
  maxLength?: number;
  onChange: (value: string[] | undefined) => void;
}) {
  return (
    <TagsInput
      size="xs"
      label={label}
      description={description}
      value={[...(value ?? [])]}
      placeholder={value && value.length > 0 ? undefined : 'Type a name and press Enter'}
      onChange={(next) => onChange(next.length > 0 ? next.map((t) => t.slice(0, maxLength)) : undefined)}
    />
  );
});
