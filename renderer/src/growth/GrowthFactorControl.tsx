import { Group, NumberInput, Slider, Stack, Text } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { factorMarks, factorToPosition, maxFactor, minFactor, positionToFactor, sliderMax } from './growthModel';
import { formatFactor } from '../../../shared/model/growthFactor';

interface Props {
  readonly factor: number;
  readonly onChange: (factor: number) => void;
}

/**
 * The growth factor as a log-scale slider (1× to 100×) and a number input for exact values.
 * The slider moves at once; the (costlier) re-check follows once dragging or key presses pause.
 */
export function GrowthFactorControl({ factor, onChange }: Props) {
  const [position, setPosition] = useState(() => factorToPosition(factor));
  // The factor this slider last sent: when it comes back as a prop it is an echo, not a change
  // from elsewhere, and must not pull the thumb back while the user keeps moving it.
  const sent = useRef<number | null>(null);
  useEffect(() => {
    if (factor !== sent.current) setPosition(factorToPosition(factor));
  }, [factor]);
  const commitSoon = useDebouncedCallback((next: number) => {
    sent.current = next;
    onChange(next);
  }, 150);

  return (
    <Stack gap={6}>
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" fw={500}>
          Growth factor
        </Text>
        <NumberInput
          aria-label="Growth factor (exact)"
          w={96}
          size="xs"
          min={minFactor}
          max={maxFactor}
          step={1}
          decimalScale={2}
          suffix="×"
          clampBehavior="blur"
          value={factor}
          onChange={(value) => {
            const next = typeof value === 'number' ? value : Number.parseFloat(value);
            if (Number.isFinite(next) && next >= minFactor && next <= maxFactor) onChange(next);
          }}
        />
      </Group>
      <Slider
        min={0}
        max={sliderMax}
        step={1}
        value={position}
        onChange={(next) => {
          setPosition(next);
          commitSoon(positionToFactor(next));
        }}
        onChangeEnd={(next) => {
          // Mantine reports every arrow key press as an end; debouncing lets a held key settle first.
          setPosition(next);
          commitSoon(positionToFactor(next));
        }}
        marks={factorMarks.map((mark) => ({ value: factorToPosition(mark), label: `${mark}×` }))}
        label={(value) => formatFactor(positionToFactor(value))}
        thumbLabel="Growth factor"
        thumbValueText={(value) => `${formatFactor(positionToFactor(value))} today's load`}
        mb="lg"
        mx={8}
        data-testid="growth-slider"
      />
    </Stack>
  );
}
