'use client';

/** Fired on window when data was kept aside: the recovery banner looks again. */
export const BACKUPS_EVENT = 'hanyeong:backups';

export const announceBackups = () => window.dispatchEvent(new Event(BACKUPS_EVENT));
