/** What the canvas offers the editor while it is shown: its viewport, in diagram terms. */
export interface CanvasViewport {
  fitTo(ids: readonly string[]): void;
  /** Centre of the visible canvas in diagram coordinates, where keyboard-added components go. */
  center(): { x: number; y: number };
  /** The visible canvas's size in screen pixels. */
  size(): { width: number; height: number };
}

/**
 * How the editor reaches the canvas viewport (zoom to components) without knowing React Flow.
 * The canvas connects while it is mounted; without it, fitting does nothing and the rest is null.
 */
export class ViewportBridge {
  private viewport: CanvasViewport | null = null;

  /** Connects the canvas; returns the disconnect. */
  connect(viewport: CanvasViewport): () => void {
    this.viewport = viewport;
    return () => {
      if (this.viewport === viewport) this.viewport = null;
    };
  }

  fitTo(ids: readonly string[]): void {
    this.viewport?.fitTo(ids);
  }

  center(): { x: number; y: number } | null {
    return this.viewport?.center() ?? null;
  }

  size(): { width: number; height: number } | null {
    return this.viewport?.size() ?? null;
  }
}
