import { Group, NumberInput, Slider, Stack, Text } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { factorMarks, factorToPosition, formatFactor, maxFactor, minFactor, positionToFactor, sliderMax } from './growthModel';

interface Props {
  readonly factor: number;
  readonly onChange: (factor: number) => void;
}

/**
 * The growth factor as a log-scale slider (1× to 100×) and a number input for exact values.
 * The slider moves at once; the (costlier) re-check follows once dragging pauses.
 */
export function GrowthFactorControl({ factor, onChange }: Props) {
  const [position, setPosition] = useState(() => factorToPosition(factor));
  useEffect(() => {
    // Follow outside changes (the number input, undo) but not the echo of our own drag.
    setPosition((current) => (positionToFactor(current) === factor ? current : factorToPosition(factor)));
  }, [factor]);
  const commitSoon = useDebouncedCallback((next: number) => onChange(next), 150);

  return (
    <Stack gap={6}>
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" fw={500}>Growth factor</Text>
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
          commitSoon.cancel();
          onChange(positionToFactor(next));
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
