// The current time, injectable so that stores can be tested with a fixed clock.
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();
